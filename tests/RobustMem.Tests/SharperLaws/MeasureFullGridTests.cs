using RobustMem.Experiments;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Tests.SharperLaws;

/// <summary>
/// Every point of the sharper laws' <c>--full</c> grids (d = 1000, N ∈ {400, 800, 1200}, RF k = 10⁴ … 2·10⁵, NTK k = 15 … 300,
/// and their kernel limits) is accepted by <c>measure --fields sensitivity</c> (issue 19): the route measure takes holds no
/// matrix past memory and is estimated inside the time limit. Before issue 19, measure refused the RF points past k ≈ 10⁴
/// and every NTK point at N = 1200.
/// </summary>
public sealed class MeasureFullGridTests
{
    [Theory]
    [InlineData("sensitivity-rf")]
    [InlineData("sensitivity-ntk")]
    public void EveryFullGridPoint_RunsInMeasure_WithTheSensitivityField(string figure)
    {
        var plan = new SweepPlan(FigureScale.Full, 1, figure);
        var refused = new List<string>();
        foreach (var item in plan.Items)
        {
            try { item.Regime.ValidateFor(MeasureFields.Sensitivity); }
            catch (ArgumentException e) { refused.Add($"{item.Id}: {e.Message}"); }
        }
        Assert.True(refused.Count == 0, $"{refused.Count} of {plan.Items.Count} refused, e.g. {refused.FirstOrDefault()}");
        // And the largest RF point by the same guard as the CLI's: one line, no override needed.
        var largest = plan.Items.MaxBy(i => (double)i.Regime.K * i.Regime.N)!.Regime;
        var cost = largest.Model.MeasureCost(largest, MeasureFields.Sensitivity);
        Assert.True(cost.Seconds <= cost.SecondsLimit, $"{largest}: {cost.Seconds:F0} s over {cost.SecondsLimit:F0} s");
    }
}

using RobustMem.Experiments;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Cli;

/// <summary>measure's guard reads this machine's rates from the committed data file the `limits` benchmark writes (issue 19
/// item 3), not from numbers typed into the code; a file without a guard row is refused rather than read as zero.</summary>
public sealed class MachineRatesTests
{
    private static readonly string DataFile = Path.Combine(RepositoryRoot.Path, "docs", "results", "data", "machine-rates.csv");

    [Fact]
    public void TheGuardsRates_AreTheCommittedDataFiles()
    {
        var committed = MachineRates.Parse(File.ReadAllText(DataFile));
        Assert.Equal(committed, MachineRates.Current);
        Assert.Equal(committed.StreamedRate, Regime.StreamedRate);
        Assert.Equal(committed.DenseRate, Regime.DenseRate);
        Assert.Equal(committed.StreamedRate / committed.DrawsPerSecond, Regime.PerDrawWork);
        Assert.Equal(committed.StreamedRate / committed.ActivationsPerSecond, Regime.PerActivationWork);
        Assert.Equal(committed.DenseRate / committed.PointsPerSecond, Regime.PerPointWork);
        Assert.NotEmpty(committed.Date);
    }

    [Fact]
    public void AnEstimate_IsTheRoutesWork_AtThoseRates()
    {
        // The largest RF point, sensitivity alone, on the streamed route: its seconds are its products at the gemm rate and its points at the dense rate.
        var regime = new Regime(RobustMem.Models.Model.RandomFeatures, 1000, 200_000, 1200, RobustMem.Activations.Activation.Tanh, RobustMem.Data.InputLaw.Gaussian,
            WeightsSd: 1, Target: RobustMem.Data.LabelTarget.None);
        var cost = regime.Model.MeasureCost(regime, MeasureFields.Sensitivity);
        double slow = regime.N * Regime.PerPointWork;
        Assert.Equal((cost.Work - slow) / Regime.StreamedRate + slow / Regime.DenseRate, cost.Seconds, 1e-9 * cost.Seconds);
    }

    [Theory]
    [InlineData("dense_rate")]
    [InlineData("streamed_rate")]
    public void AMissingOrNonPositiveRow_IsRefused(string row)
    {
        string text = File.ReadAllText(DataFile);
        string without = string.Join('\n', text.Split('\n').Where(l => !l.EndsWith("," + row, StringComparison.Ordinal)));
        Assert.Contains(row, Assert.Throws<FormatException>(() => MachineRates.Parse(without)).Message);
        string zero = string.Join('\n', text.Split('\n').Select(l => l.EndsWith("," + row, StringComparison.Ordinal) ? ReplaceRate(l, "0") : l));
        Assert.Contains(row, Assert.Throws<FormatException>(() => MachineRates.Parse(zero)).Message);
    }

    private static string ReplaceRate(string line, string rate)
    {
        var cells = line.Split(',');
        cells[^2] = rate;
        return string.Join(',', cells);
    }
}

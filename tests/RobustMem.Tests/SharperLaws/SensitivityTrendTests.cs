using RobustMem.Activations;
using RobustMem.Figures;
using RobustMem.SharperLaws;

namespace RobustMem.Tests.SharperLaws;

/// <summary>The summary's numbers on made-up curves whose answer is known: a √(N/p) decay has slope −½, a plateau 0.</summary>
public sealed class SensitivityTrendTests
{
    private static readonly SensitivityFigure Figure = SensitivityFigures.Of(FigureScale.Snapshot).Single(f => f.Name == "sensitivity-rf") with { Activations = [Activation.Tanh] };

    [Fact]
    public void Decay_LikeSqrtNOverP_HasSlopeMinusHalf_AndItsRatioToTheBound()
    {
        int n = Figure.Ns[0];
        var points = Figure.Widths.SelectMany(k => new[] { 0, 1 }.Select(seed =>
            new SensitivityPoint("tanh", n, k, k, seed, 3 * Math.Sqrt((double)n * Figure.D / k) * (seed == 0 ? 0.9 : 1.1), Math.Sqrt((double)n * Figure.D / k))))
            .Append(new SensitivityPoint("tanh", n, null, null, 0, 2, null)).ToArray();
        var trend = Assert.Single(SensitivityTrend.Of(Figure, points));
        Assert.Equal(-0.5, trend.Slope, 12);
        Assert.Equal(3, trend.ToUniversalBound, 12);
        Assert.Equal(3 * Math.Sqrt((double)n * Figure.D / Figure.Widths[^1]) / 2, trend.ToKernel, 12);
    }

    [Fact]
    public void Plateau_HasSlopeZero_AndAnIllPosedSeedShowsAsNaN()
    {
        int n = Figure.Ns[0];
        var points = Figure.Widths.Select(k => new SensitivityPoint("tanh", n, k, k, 0, 5, 1.0))
            .Append(new SensitivityPoint("tanh", n, null, null, 0, double.NaN, null)).ToArray();
        var trend = Assert.Single(SensitivityTrend.Of(Figure, points));
        Assert.Equal(0, trend.Slope, 12);
        Assert.True(double.IsNaN(trend.KernelSensitivity));
    }

    [Fact]
    public void Expected_NamesTheTheoremOrTheObservation_ByTheActivation()
    {
        var rf = SensitivityFigures.Of(FigureScale.Default)[0];
        var ntk = SensitivityFigures.Of(FigureScale.Default)[1];
        Assert.Contains("Theorem 1", rf.Expected(Activation.Tanh));
        Assert.Contains("no theorem", rf.Expected(Activation.Cos));
        Assert.Contains("Theorem 2", ntk.Expected(Activation.Quadratic));
        Assert.Contains("observed", ntk.Expected(Activation.Softplus));
    }
}

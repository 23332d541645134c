using RobustMem.Activations;
using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.SharperLaws;

namespace RobustMem.Tests.SharperLaws;

/// <summary>The summary's numbers on made-up curves whose answer is known: a √(N/p) decay has slope −½, a plateau 0.</summary>
public sealed class SensitivityTrendTests
{
    private static readonly FigureSpec Figure = FigureCatalog.OnlyWhenNamed(FigureScale.Snapshot).Single(f => f.Name == "sensitivity-rf");
    private static readonly CurveSpec Tanh = Figure.Curves.First(c => c.Base.Sigma == Activation.Tanh);

    private static CurvePoint Point(int? k, int seed, double s, double? bound) =>
        new(Tanh.Base.N, seed, double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false) { K = k, Parameters = k, Sensitivity = s, UniversalBound = bound };

    [Fact]
    public void Decay_LikeSqrtNOverP_HasSlopeMinusHalf_AndItsRatioToTheBound()
    {
        int n = Tanh.Base.N, d = Tanh.Base.D;
        var points = Tanh.Ns.SelectMany(k => new[] { 0, 1 }.Select(seed =>
            Point(k, seed, 3 * Math.Sqrt((double)n * d / k) * (seed == 0 ? 0.9 : 1.1), Math.Sqrt((double)n * d / k))))
            .Append(Point(null, 0, 2, null)).ToArray();
        var trend = Assert.Single(SensitivityTrend.Of([new Curve(Tanh, points)]));
        Assert.Equal(-0.5, trend.Slope, 12);
        Assert.Equal(3, trend.ToUniversalBound, 12);
        Assert.Equal(3 * Math.Sqrt((double)n * d / Tanh.Ns[^1]) / 2, trend.ToKernel, 12);
    }

    [Fact]
    public void Plateau_HasSlopeZero_AndAnIllPosedSeedShowsAsNaN()
    {
        var points = Tanh.Ns.Select(k => Point(k, 0, 5, 1.0)).Append(Point(null, 0, double.NaN, null)).ToArray();
        var trend = Assert.Single(SensitivityTrend.Of([new Curve(Tanh, points)]));
        Assert.Equal(0, trend.Slope, 12);
        Assert.True(double.IsNaN(trend.KernelSensitivity));
    }

    [Fact]
    public void Expected_NamesTheTheoremOrTheObservation_ByTheActivation()
    {
        var rf = FigureCatalog.OnlyWhenNamed(FigureScale.Default)[0];
        var ntk = FigureCatalog.OnlyWhenNamed(FigureScale.Default)[1];
        Assert.Contains("Theorem 1", rf.Expected!(Activation.Tanh));
        Assert.Contains("no theorem", rf.Expected!(Activation.Cos));
        Assert.Contains("Theorem 2", ntk.Expected!(Activation.Quadratic));
        Assert.Contains("observed", ntk.Expected!(Activation.Softplus));
    }
}

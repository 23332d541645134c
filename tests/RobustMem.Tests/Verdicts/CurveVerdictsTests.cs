using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Verdicts;

namespace RobustMem.Tests.Verdicts;

/// <summary>Claims M, N and R from curves with a chosen shape: each verdict passes its claim and fails a negative control.</summary>
public class CurveVerdictsTests
{
    // RF relu at d = 20, k = 40: one threshold, n = k = 40; the bound window is n ≤ 20.
    private static readonly int[] Grid = [5, 8, 10, 15, 20, 30, 36, 40, 44, 50, 60, 80];

    private static Regime RandomFeatures(double noise = 1, double ridge = 0) =>
        new(Model.RandomFeatures, 20, 40, 1, Activation.Relu, Noise: noise, Ridge: ridge);

    /// <summary>Three seeds of a curve whose S and test error follow <paramref name="s"/>, with training error <paramref name="train"/>.</summary>
    private static Curve Shaped(Regime regime, Func<int, double> s, double train = 0) =>
        new(CurveSpec.For(regime, "synthetic", Grid), Grid.SelectMany(n => Enumerable.Range(0, 3).Select(seed =>
            new CurvePoint(n, seed, s(n), 0, null, train, s(n), n, Math.Sqrt(n), null, false))).ToArray());

    private static double SpikeAt(int n, int at) => n == at ? 10 * Math.Sqrt(n) : Math.Sqrt(n);

    [Fact]
    public void Peaks_AtTheThreshold_Pass()
    {
        var verdict = Assert.Single(CurveVerdicts.Peaks("f", Shaped(RandomFeatures(), n => SpikeAt(n, 40))));
        Assert.Equal(Claim.MultipleDescent, verdict.Claim);
        Assert.True(verdict.Pass, verdict.Evidence);
    }

    [Fact]
    public void Peaks_NegativeControl_PeakHalfAStepAway_Fails() =>
        Assert.False(Assert.Single(CurveVerdicts.Peaks("f", Shaped(RandomFeatures(), n => SpikeAt(n, 50)))).Pass);

    [Fact]
    public void Peaks_NegativeControl_NoPeak_Fails() =>
        Assert.False(Assert.Single(CurveVerdicts.Peaks("f", Shaped(RandomFeatures(), n => Math.Sqrt(n)))).Pass);

    [Fact]
    public void Peaks_NegativeControl_ABumpBelowTheProminenceBar_Fails() =>
        Assert.False(Assert.Single(CurveVerdicts.Peaks("f", Shaped(RandomFeatures(), n => n == 40 ? 1.5 * Math.Sqrt(n) : Math.Sqrt(n)))).Pass);

    [Fact]
    public void Noise_FlatWithoutNoise_GrowingWithIt_Passes()
    {
        var verdict = CurveVerdicts.Noise("f", [Shaped(RandomFeatures(noise: 0), _ => 1), Shaped(RandomFeatures(noise: 1), n => Math.Sqrt(n))]);
        Assert.Equal(Claim.NoiseNecessary, verdict.Claim);
        Assert.True(verdict.Pass, verdict.Evidence);
    }

    [Fact]
    public void Noise_NegativeControl_NoiseChangesNothing_Fails() =>
        Assert.False(CurveVerdicts.Noise("f", [Shaped(RandomFeatures(noise: 0), _ => 1), Shaped(RandomFeatures(noise: 1), _ => 1)]).Pass);

    [Fact]
    public void Noise_NegativeControl_NoiselessSAboveTheBand_Fails() =>
        Assert.False(CurveVerdicts.Noise("f", [Shaped(RandomFeatures(noise: 0), _ => CurveBands.Noiseless.Upper * 1.5), Shaped(RandomFeatures(noise: 1), n => 100 * Math.Sqrt(n))]).Pass);

    [Fact]
    public void Ridge_SmallRecoversMinNorm_LargeFlattensAndForgets_Passes()
    {
        var verdict = CurveVerdicts.Ridge("f",
        [
            Shaped(RandomFeatures(), n => SpikeAt(n, 40)),
            Shaped(RandomFeatures(ridge: 1e-8), n => SpikeAt(n, 40)),
            Shaped(RandomFeatures(ridge: 1), _ => 0.01, train: 0.9),
        ]);
        Assert.Equal(Claim.Ridge, verdict.Claim);
        Assert.True(verdict.Pass, verdict.Evidence);
    }

    [Fact]
    public void Ridge_NegativeControl_LargeRidgeThatDoesNotAct_Fails() =>
        Assert.False(CurveVerdicts.Ridge("f",
        [
            Shaped(RandomFeatures(), n => SpikeAt(n, 40)),
            Shaped(RandomFeatures(ridge: 1e-8), n => SpikeAt(n, 40)),
            Shaped(RandomFeatures(ridge: 1), n => SpikeAt(n, 40)),
        ]).Pass);

    [Fact]
    public void Ridge_NegativeControl_SmallRidgeOffThePath_Fails() =>
        Assert.False(CurveVerdicts.Ridge("f",
        [
            Shaped(RandomFeatures(), n => SpikeAt(n, 40)),
            Shaped(RandomFeatures(ridge: 1e-6), n => 1.2 * SpikeAt(n, 40)),
            Shaped(RandomFeatures(ridge: 1), _ => 0.01, train: 0.9),
        ]).Pass);
}

using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Claim BLN's scale divides the spectral proxy, so each of its factors is checked here on its own (no scale may absorb
/// a bug): the slack Lip(ψ)/√E ψ′² · (1 + √(k/d)) in closed form, ‖W‖_op/‖w_j‖ ≈ 1 + √(k/d) on drawn weights, and
/// E ψ′(τg)² by Monte Carlo.
/// </summary>
public sealed class SpectralProxyScaleTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 50, K: 100, N: 30, Activation.Relu, InputLaw.Gaussian, Seed: 3);

    private static double Slack(Regime regime)
    {
        var train = RealizedNoise.NominalTrain(regime);
        return ClaimScale.SpectralProxy.Predict(regime, ClaimBound.SqrtNOverK, 0.9, train, true)
               / ClaimScale.EffectiveNoise.Predict(regime, ClaimBound.SqrtN, 0.9, train, true);
    }

    [Fact]
    public void Slack_IsLipschitzOverRootMeanSquareSlope_TimesOnePlusRootKOverD()
    {
        Assert.Equal(Math.Sqrt(2) * (1 + Math.Sqrt(2)), Slack(Rf), 12);                                     // relu: E ψ′² = 1/2
        Assert.Equal(1 + Math.Sqrt(2), Slack(Rf with { Activation = Activation.Abs }), 12);                 // abs: E ψ′² = 1
        Assert.Equal(Math.Sqrt(2) * (1 + Math.Sqrt(3)), Slack(Rf with { K = 150 }), 12);
        Assert.Equal(Slack(Rf), Slack(Rf with { WeightsSd = 1 }), 12);                                      // relu is scale-free
        // The bound is not in it: √n, not √(n/k), is what it multiplies.
        var train = RealizedNoise.NominalTrain(Rf);
        Assert.Equal(ClaimScale.SpectralProxy.Predict(Rf, ClaimBound.SqrtNOverK, 0.9, train, true),
            ClaimScale.SpectralProxy.Predict(Rf, ClaimBound.SqrtN, 0.9, train, true), 12);
    }

    [Fact]
    public void OperatorNormOverRowNorm_OfDrawnWeights_IsOnePlusRootKOverD()
    {
        // Gordon: E‖W‖_op ≤ s(√k + √d), attained to O(s) at this size; rows have ‖w_j‖ ≈ s√d.
        var w = WeightSampler.Draw(600, 300, new Rng(11));
        double rowNorm = Enumerable.Range(0, w.RowCount).Average(j => w.Row(j).L2Norm());
        double ratio = SpectralNorm.Of(w) / rowNorm;
        Assert.InRange(ratio / (1 + Math.Sqrt(2)), 0.97, 1.01);
    }

    [Fact]
    public void MeanSquareSlope_AgreesWithMonteCarlo_ForASmoothActivation()
    {
        // tanh at τ = s = 1/√d: Slack's quadrature against 200 000 draws (sd of the mean < 1e-3).
        var regime = Rf with { Activation = Activation.Tanh, D = 4, K = 8, N = 3 };
        var rng = new Rng(5);
        double tau = 0.5, sum = 0;
        const int draws = 200_000;
        for (int i = 0; i < draws; i++) sum += Math.Pow(Activation.Tanh.First(tau * rng.NextGaussian()), 2);
        double expected = Activation.Tanh.Lipschitz / Math.Sqrt(sum / draws) * (1 + Math.Sqrt(2));
        Assert.Equal(expected, Slack(regime), 2);
    }

    [Fact]
    public void AKernel_HasNoTwoLayerParameters_AndIsRefused()
    {
        var kernel = Rf with { Model = Model.RandomFeatureKernel, K = 0 };
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ClaimScale.SpectralProxy.Predict(kernel, ClaimBound.SqrtNOverK, 1, RealizedNoise.NominalTrain(Rf), true));
    }
}

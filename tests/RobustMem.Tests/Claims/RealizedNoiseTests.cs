using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>σ̂ is the target's own training error on the regime's labels; σ̂_eff adds 1/d for even activations only.</summary>
public sealed class RealizedNoiseTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 20, K: 60, N: 50, Activation.Relu, InputLaw.Sphere, Noise: 0.5, Seed: 9);

    [Fact]
    public void SigmaHat_IsTheNoiseStreamsNorm_ScaledByTheNoise()
    {
        double one = RealizedNoise.Of(Rf, 1);
        Assert.Equal(2 * one, RealizedNoise.Of(Rf, 2), 12);
        Assert.Equal(0, RealizedNoise.Of(Rf, 0), 12);
        // χ²_50/50 stays within [0.4, 1.8] far beyond 1e-6.
        Assert.InRange(one * one, 0.4, 1.8);
        var train = Dataset.Draw(Rf.Law, Rf.N, Rf.D, 1, new RandomStreams(Rf.Seed).ForRepeat(0));
        Assert.Equal((train.Y - train.X * train.TargetWeights).L2Norm() / Math.Sqrt(50), RealizedNoise.OfDataset(train), 14);
        Assert.Equal(one, RealizedNoise.OfDataset(train), 14);
    }

    [Fact]
    public void Effective_AddsOneOverDForEvenActivationsOnly()
    {
        Assert.Equal(0.6, RealizedNoise.Effective(0.6, Rf), 14);
        Assert.Equal(Math.Sqrt(0.36 + 0.05), RealizedNoise.Effective(0.6, Rf with { Activation = Activation.Abs }), 14);
        Assert.Equal(RealizedNoise.Effective(RealizedNoise.Of(Rf, 0.5), Rf), RealizedNoise.Effective(Rf), 14);
    }

    [Fact]
    public void NominalNoise_IsTheRegimesOwn_OrOneForANoiselessRegime()
    {
        Assert.Equal(0.5, RealizedNoise.NominalNoise(Rf));
        Assert.Equal(1, RealizedNoise.NominalNoise(Rf with { Noise = 0 }));
    }
}

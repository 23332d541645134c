using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>A failure message names the regime in one line: k only for finite models, λ only when there is a ridge.</summary>
public sealed class RegimeTextTests
{
    [Fact]
    public void Describe_NamesWhatTheRegimeHas()
    {
        var rf = new Regime(Model.RandomFeatures, D: 40, K: 120, N: 30, Activation.Abs, InputLaw.Gaussian, Noise: 0.5, Ridge: 0.25, Seed: 3);
        Assert.Equal($"{Model.RandomFeatures.Name} abs gaussian, d=40 k=120 n=30 σ=0.5 λ=0.25, seed 3", RegimeText.Describe(rf));
        var kernel = new Regime(Model.RandomFeatureKernel, D: 40, K: 1, N: 30, Activation.Relu, Seed: 4);
        Assert.Equal($"{Model.RandomFeatureKernel.Name} relu sphere, d=40 n=30 σ=1, seed 4", RegimeText.Describe(kernel));
    }
}

using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>Claim N by level: noiseless S levels off below a constant past d, and σ = 1 lifts it many times; noisy labels fail the level.</summary>
public sealed class NoiseCheckTests
{
    private static readonly Regime Kernel = new(Model.RandomFeatureKernel, D: 16, K: 1, N: 56, Activation.Relu, InputLaw.Sphere, Noise: 0, Seed: 5);

    [Fact]
    public void Noiseless_LevelsOff_AndNoiseSeparates()
    {
        var v = NoiseCheck.Evaluate(Kernel);
        var f = VerdictAssert.Passes(v, BoundResult.NotChecked, TightnessResult.NotApplicable);
        VerdictAssert.IsQuotient(f, "growth", "S(4n)", "S(n)");
        Assert.Equal(f["S(4n)"], v.Value);
        Assert.Equal(1, v.Bound);
        Assert.InRange(f["separation"], 3, double.PositiveInfinity);
        var noisy = ClaimRun.Observe(Kernel with { N = 224, Noise = 1 });
        Assert.Equal(noisy.Value / f["S(4n)"], f["separation"], 10);
        // The separation line also puts the noisy S on claim I's scale, S/√(4n).
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] noise forces S") && c.EndsWith($"S/√n = {noisy.Value / Math.Sqrt(224):G3}"));
    }

    [Fact]
    public void LabelNoise_FailsTheLevel()
    {
        var v = NoiseCheck.Evaluate(Kernel, Control.LabelNoise);
        Assert.False(v.Passed);
        Assert.Contains(v.Conditions, c => c.StartsWith("[VIOLATED] level at 4n=224, σ=1"));
    }
}

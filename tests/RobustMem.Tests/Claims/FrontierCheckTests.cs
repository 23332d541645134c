using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>The best memorizer's S* at δ = σ̂²/2 stays above its floor on claim II; without label noise it falls to 0.</summary>
public sealed class FrontierCheckTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 5);

    [Fact]
    public void ClaimII_BestMemorizer_HoldsItsFloor_AtHalfTheNoiseEnergy()
    {
        var v = FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, Rf);
        var f = VerdictAssert.Passes(v, BoundResult.Holds, TightnessResult.NotApplicable);
        VerdictAssert.IsQuotient(f, "quotient", "relative(4n)", "relative(n)");
        Assert.Equal(0, f["S* error(4n)"]);
        // The frontier is read at ε = (1 − δ/σ̂²)·σ̂² = σ̂²/2 of each size's own labels.
        foreach (var (regime, repeat) in new[] { (Rf, 0), (Rf with { N = 96 }, 0), (Rf, 1) })
        {
            double sigmaHat = RealizedNoise.Of(ClaimRun.Repeat(regime, repeat), 1);
            Assert.Contains(v.Conditions, c => c.Contains($"S*(ε={sigmaHat * sigmaHat / 2:G3})"));
        }
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] repeat 1 (seed"));
        Assert.InRange(f["tightness(4n)"], 1, 3);
    }

    [Fact]
    public void ClaimII_WithoutLabelNoise_FallsBelowTheFloor()
    {
        var v = FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, Rf, Control.NoLabelNoise);
        Assert.False(v.Passed);
        Assert.Equal(BoundResult.Violated, v.LowerBound);
    }
}

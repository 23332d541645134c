using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// ScalingCheck on small regimes of its families: a correct run passes with the figures its conditions compare, and a
/// wrong constant fails the part it breaks (×1.25 tightness, ×0.8 the lower bound), not the other.
/// </summary>
public sealed class ScalingCheckTests
{
    private static readonly Regime KernelI = new(Model.RandomFeatureKernel, D: 200, K: 1, N: 20, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 7);
    private static readonly Regime FiniteII = new(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 7);

    [Fact]
    public void ClaimI_Holds_WithTheFiguresItsConditionsCompare()
    {
        var v = ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, KernelI);
        var f = VerdictAssert.Passes(v, BoundResult.Holds, TightnessResult.Attained);
        VerdictAssert.IsQuotient(f, "quotient", "relative(4n)", "relative(n)");
        Assert.Equal(f["quotient"], f["quotient(repeat 0)"], 12);
        Assert.Equal(Math.Sqrt(80), v.Bound);
        Assert.Equal(v.Value / Math.Sqrt(80), f["ratio(4n)"], 12);
        Assert.Equal(f["ratio(4n)"], v.Ratio, 12);
        // The verdict's band is the 4n band in units of S/bound: its lower edge over the relative one is the scale at 4n.
        var (_, at4N, _) = ScalingCheck.BandsOf(Claim.InfiniteRandomFeatures, KernelI);
        Assert.Equal(at4N.Lower * f["ratio(4n)"] / f["relative(4n)"], v.Band.Lower, 10);
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] well-posed at n and 4n"));
        Assert.Contains(v.Conditions, c => c.EndsWith(", subgroup relu"));
        Assert.Equal(8, v.Conditions.Count(c => !c.Contains("repeat") && !c.StartsWith("[ok] σ̂") && !c.StartsWith("[ok] memorizes") && !c.StartsWith("[ok] weights")));
    }

    /// <summary>S × 1.25 leaves the band above (tightness), S × 0.8 below (lower bound); the quotient, a ratio of two S, moves with neither.</summary>
    [Fact]
    public void ClaimI_WrongConstants_FailTheirOwnPart()
    {
        var high = ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, KernelI, Control.SeminormTimes1_25);
        Assert.False(high.Passed);
        Assert.Equal(BoundResult.Holds, high.LowerBound);
        Assert.Equal(TightnessResult.NotAttained, high.Tightness);
        // Each size's own condition fails: the band is checked at n and at 4n.
        // The band is checked at each size; at 4n, where claim I's spread is smallest, × 1.25 leaves it.
        Assert.Contains(high.Conditions, c => c.StartsWith("[VIOLATED] tightness: at 4n=80: relative"));
        var low = ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, KernelI, Control.SeminormTimes0_8);
        Assert.False(low.Passed);
        Assert.Equal(BoundResult.Violated, low.LowerBound);
        Assert.Equal(TightnessResult.Attained, low.Tightness);
        Assert.Contains(low.Conditions, c => c.StartsWith("[VIOLATED] bound: at 4n=80: relative"));
        Assert.Contains(low.Conditions, c => c.StartsWith("[ok] bound: does not shrink"));
        Assert.Equal(high.Figures["quotient"], low.Figures["quotient"], 10);
    }

    /// <summary>Claim II averages four repeats; its mean quotient is not repeat 0's, and dropped label noise fails the χ² sanity check.</summary>
    [Fact]
    public void ClaimII_AveragesFourRepeats_AndCatchesDroppedNoise()
    {
        var v = ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, FiniteII);
        Assert.True(v.Passed, v.Message);
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] repeat 3 (seed"));
        Assert.DoesNotContain(v.Conditions, c => c.StartsWith("[ok] repeat 4"));
        Assert.Contains(v.Conditions, c => c.Contains("mean over 4 repeats of relative"));
        Assert.NotEqual(v.Figures["quotient"], v.Figures["quotient(repeat 0)"]);
        var dropped = ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, FiniteII, Control.NoiseDroppedFromLabels);
        Assert.False(dropped.Passed);
        Assert.Contains(dropped.Conditions, c => c.StartsWith("[VIOLATED] σ̂ = 0 at n=96"));
    }

    /// <summary>Claim G has one pooled band for every subgroup: [0.5, 2] at n and 4n.</summary>
    [Fact]
    public void ClaimG_UsesItsSubgroupsBand()
    {
        var regime = FiniteII with { Law = InputLaw.Cube };
        var v = ScalingCheck.Evaluate(Claim.Generality, regime);
        Assert.True(v.Passed, v.Message);
        var (atN, at4N, _) = ScalingCheck.BandsOf(Claim.Generality, regime);
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] bound: at n=24: mean over 2 repeats of relative") && c.EndsWith($"≥ {atN.Lower:G3}"));
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] tightness: at 4n=96: mean over 2 repeats of relative") && c.EndsWith($"≤ {at4N.Upper:G3}"));
        Assert.Contains(v.Conditions, c => c.Contains($"subgroup {Subgroup.Of(regime)}"));
    }
}

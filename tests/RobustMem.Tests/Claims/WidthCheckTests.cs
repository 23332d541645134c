using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Claim III in the width: Q = R(8k)/R(k) of the repeats' means, γ = log₈ Q − 1/2 with the two repeats' difference as its
/// interval, and the three tightness results (attained, refuted from the plateau, unresolved).
/// </summary>
public sealed class WidthCheckTests
{
    private static readonly Regime Relu = new(Model.NeuralTangent, D: 64, K: 4, N: 44, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: 11);

    [Fact]
    public void Gamma_IsLogBase8OfQ_MinusOneHalf_WithTheRepeatsRangeAsItsInterval()
    {
        var v = WidthCheck.Evaluate(Relu);
        var f = v.Figures;
        VerdictAssert.IsQuotient(f, "Q", "R(8k)", "R(k)");
        Assert.Equal(Math.Log(f["Q"]) / Math.Log(8) - 0.5, f["gamma"], 12);
        // Repeat r of the regime is repeat 0 of its reseeded regime; the interval is the range of the per-repeat γ.
        var perRepeat = Enumerable.Range(0, WidthCheck.Repeats)
            .Select(r => Math.Log(WidthCheck.Evaluate(ClaimRun.Repeat(Relu, r)).Figures["Q(repeat 0)"]) / Math.Log(8) - 0.5).ToList();
        Assert.Contains($"γ = {f["gamma"]:F3}, per repeat [{perRepeat.Min():F3}, {perRepeat.Max():F3}]", v.Disagreement!.Measured);
        Assert.Contains("k = 4…32 at n = 44", v.Disagreement.Measured);
        Assert.Equal(WidthCheck.NonEvenPlateau.Statement, v.Disagreement.Statement);
        Assert.Equal(Math.Sqrt(44.0 / 32), v.Bound, 12);
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] repeat 1: "));
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] bound: S falls no faster than √(1/k): Q = "));
    }

    /// <summary>relu's NTK rank is kd: the finite-width factor is √(kd/(kd − n)).</summary>
    [Fact]
    public void FiniteWidthFactor_UsesTheFeatureRank() =>
        Assert.Equal(Math.Sqrt(256.0 / 212), WidthCheck.FiniteWidthFactor(Relu), 12);

    /// <summary>S × 0.8 at both widths leaves Q alone but puts R under relu's floor: the bound fails, the refutation stands.</summary>
    [Fact]
    public void ScaledSeminorm_FailsTheFloor_NotTheQuotient()
    {
        var v = WidthCheck.Evaluate(Relu, Control.SeminormTimes0_8);
        Assert.Equal(BoundResult.Violated, v.LowerBound);
        Assert.Equal(TightnessResult.NotAttained, v.Tightness);
        Assert.Contains(v.Conditions, c => c.StartsWith("[VIOLATED] bound: at k=4: median over 3 repeats of R"));
    }

    /// <summary>A non-even activation whose Q leaves the plateau band is unresolved, with no disagreement claimed.</summary>
    [Fact]
    public void NonEven_OutsideThePlateau_IsUnresolved()
    {
        // Dropped label noise: Q no longer sits at relu's plateau.
        var v = WidthCheck.Evaluate(Relu, Control.NoiseDroppedFromLabels);
        Assert.Equal(TightnessResult.Unresolved, v.Tightness);
        Assert.Null(v.Disagreement);
        Assert.Contains(v.Conditions, c => c.StartsWith("[VIOLATED] tightness: does NOT attain √(n/k)"));
    }
}

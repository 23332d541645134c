using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Claim III in the width: Q = R(8k)/R(k) of the repeats' means, γ = log₈ Q − 1/2 with the two repeats' difference as its
/// interval, and the three tightness results (attained, refuted from the plateau, unresolved).
/// </summary>
public sealed class WidthCheckTests
{
    private static readonly Regime Relu = new(ModelKind.NeuralTangent, D: 64, K: 4, N: 44, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: 11);

    [Fact]
    public void Gamma_IsLogBase8OfQ_MinusOneHalf_WithTheRepeatsDifferenceAsItsInterval()
    {
        var v = WidthCheck.Evaluate(Relu);
        var f = v.Figures;
        VerdictAssert.IsQuotient(f, "Q", "R(8k)", "R(k)");
        Assert.Equal(Math.Log(f["Q"]) / Math.Log(8) - 0.5, f["gamma"], 12);
        // Repeat 1 of the regime is repeat 0 of its reseeded regime.
        double q1 = WidthCheck.Evaluate(ClaimRun.Repeat(Relu, 1)).Figures["Q(repeat 0)"];
        double spread = Math.Abs(Math.Log(f["Q(repeat 0)"]) - Math.Log(q1)) / Math.Log(8);
        Assert.Contains($"γ = {f["gamma"]:F3} [{f["gamma"] - spread:F3}, {f["gamma"] + spread:F3}]", v.Disagreement!.Measured);
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
        Assert.Contains(v.Conditions, c => c.StartsWith("[VIOLATED] bound: at k=4: mean over 2 repeats of R"));
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

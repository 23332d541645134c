using System.Globalization;
using System.Text.RegularExpressions;
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
public sealed partial class WidthCheckTests
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
        // Each repeat's line: S over its bound, over its scale, and the quotient, in that order; the figures are the lines' medians.
        var lines = v.Conditions.Where(c => c.StartsWith("[ok] repeat ")).Select(c => RepeatLine().Match(c)).ToList();
        Assert.Equal(WidthCheck.Repeats, lines.Count);
        double G(Match m, string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        static void Near(double expected, double actual) => Assert.InRange(actual, expected * (1 - 2e-3), expected * (1 + 2e-3));
        foreach (var m in lines)
        {
            Assert.True(m.Success);
            Near(G(m, "s") / Math.Sqrt(44.0 / 4), G(m, "b"));
            Near(G(m, "s8") / Math.Sqrt(44.0 / 32), G(m, "b8"));
            Near(G(m, "b") / G(m, "c"), G(m, "r"));
            Near(G(m, "b8") / G(m, "c8"), G(m, "r8"));
            Near(G(m, "r8") / G(m, "r"), G(m, "q"));
        }
        Near(Median.Of(lines.Select(m => G(m, "r"))), f["R(k)"]);
        Near(Median.Of(lines.Select(m => G(m, "r8"))), f["R(8k)"]);
        Near(lines.Average(m => G(m, "s8")), v.Value);
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

    [GeneratedRegex(@"S\(k=\d+\) = (?<s>\S+) ± \S+, S/√\(n/k\) = (?<b>\S+), scale (?<c>\S+), R = (?<r>\S+); S\(8k=\d+\) = (?<s8>\S+) ± \S+, S/√\(n/8k\) = (?<b8>\S+), scale (?<c8>\S+), R = (?<r8>\S+); Q = (?<q>\S+)$")]
    private static partial Regex RepeatLine();
}

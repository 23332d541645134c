using System.Globalization;
using System.Text.RegularExpressions;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Claim T's conditions at their edges, moved there by a seminorm factor (an open <see cref="Control"/>: S × f, S*
/// unchanged, so t × f): t must stay within its band at n and at 4n both, and may fall below 1 only by 4 standard
/// errors of its Monte Carlo estimates (none with exact C).
/// </summary>
public sealed partial class TightnessCheckEdgeTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 12, K: 32, N: 6, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 40, Seed: 5);

    private static readonly Regime Quadratic = new(Model.NeuralTangent, D: 8, K: 4, N: 6, Activation.Quadratic, InputLaw.Sphere, Noise: 1, TestPoints: 100, Seed: 5);

    private sealed class Times(double factor) : Control($"S × {factor}")
    {
        public override double SeminormFactor => factor;
    }

    [Fact]
    public void Figures_AreTheMinNormRatios_AndEachConditionHoldsExactlyInItsBand()
    {
        var v = TightnessCheck.Evaluate(Rf);
        var f = v.Figures;
        var claim = Claim.Tightness;
        double Rho(Regime r) => ClaimRun.Observe(r).Value / claim.Predict(r);
        Assert.Equal(Rho(Rf), f["relative(n)"], 12);
        Assert.Equal(Rho(Rf with { N = 24 }) / Rho(Rf), f["S/bound quotient in n"], 12);
        Assert.Equal(Rho(Rf with { K = 64 }) / Rho(Rf), f["S/bound quotient in k"], 12);
        var (_, quotient, inN, inK) = RobustMem.Claims.Catalog.Tightness.Bands;
        var (atN, at4N) = RobustMem.Claims.Catalog.Tightness.RatioBands.For(ModelActivation.Of(Rf));
        VerdictAssert.HeldIff(v, "tightness: min-norm within a bounded factor", atN.Contains(f["t(n)"]) && at4N.Contains(f["t(4n)"]));
        VerdictAssert.HeldIff(v, "tightness: (S/bound)/scale bounded in n", inN.Contains(f["S/bound quotient in n"]));
        VerdictAssert.HeldIff(v, "tightness: (S/bound)/scale bounded in k", inK.Contains(f["S/bound quotient in k"]));
        VerdictAssert.HeldIff(v, "tightness: bounded as n grows", quotient.Contains(f["quotient"]));
        Assert.Equal(at4N, v.Band);
    }

    /// <summary>t(4n) just past its upper edge, t(n) still inside its own: the bounded-factor condition fails on the one size.</summary>
    [Fact]
    public void EitherSizeOutsideItsBand_FailsTheBoundedFactor()
    {
        var f = TightnessCheck.Evaluate(Rf).Figures;
        var (atN, at4N) = RobustMem.Claims.Catalog.Tightness.RatioBands.For(ModelActivation.Of(Rf));
        double factor = at4N.Upper / f["t(4n)"] * 1.001;
        Assert.True(f["t(n)"] * factor <= atN.Upper, "the regime must leave room at n");
        var v = TightnessCheck.Evaluate(Rf, new Times(factor));
        Assert.Equal(TightnessResult.NotAttained, v.Tightness);
        VerdictAssert.HeldIff(v, "tightness: min-norm within a bounded factor", false);
    }

    /// <summary>Exact C leaves no slack: t a hair below 1 at 4n fails, at n it holds.</summary>
    [Fact]
    public void WithExactC_TBelowOneFails_WithNoSlack()
    {
        var f = TightnessCheck.Evaluate(Rf).Figures;
        var v = TightnessCheck.Evaluate(Rf, new Times(0.999 / f["t(4n)"]));
        Assert.Equal(0, v.Figures["slack(4n)"]);
        VerdictAssert.HeldIff(v, "t ≥ 1 at 4n=24", false);
        VerdictAssert.HeldIff(v, "t ≥ 1 at n=6", true);
    }

    /// <summary>Monte Carlo C: t half a slack below 1 holds and two slacks below fails, at each size on its own slack.</summary>
    [Fact]
    public void WithMonteCarloC_TMayFallBelowOne_ByFourStandardErrors()
    {
        var v = TightnessCheck.Evaluate(Quadratic);
        double t1 = v.Figures["t(n)"], t4 = v.Figures["t(4n)"], slack1 = Slack(v, "t ≥ 1 at n="), slack4 = v.Figures["slack(4n)"];
        Assert.Equal(slack4, Slack(v, "t ≥ 1 at 4n="), 2);
        Assert.True(slack1 > 0 && slack4 > 0);
        foreach (double slacks in new[] { 0.5, 2 })
        {
            var atN = TightnessCheck.Evaluate(Quadratic, new Times((1 - slacks * slack1) / t1));
            VerdictAssert.HeldIff(atN, "t ≥ 1 at n=", slacks < 1);
            var at4N = TightnessCheck.Evaluate(Quadratic, new Times((1 - slacks * slack4) / t4));
            VerdictAssert.HeldIff(at4N, "t ≥ 1 at 4n=", slacks < 1);
        }
    }

    /// <summary>The slack the condition printed, "≥ 1 − 0.025 (…)", to its two digits.</summary>
    private static double Slack(ClaimVerdict v, string condition) =>
        double.Parse(SlackText().Match(v.Conditions.Single(c => c.Contains(condition))).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"≥ 1 − ([0-9.E-]+)")]
    private static partial Regex SlackText();
}

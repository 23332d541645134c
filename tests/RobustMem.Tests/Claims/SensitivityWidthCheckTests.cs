using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// The sharper laws in the width (THEORY.md §5.2) on tiny regimes of their subgroups: Q = S(4k)/S(k) and S/√(Nd/p) are
/// the medians of the repeats' own figures, and each condition holds exactly when its figure is in its band. Whether the
/// laws hold at these sizes is the properties' question, not this one.
/// </summary>
public sealed class SensitivityWidthCheckTests
{
    private static readonly Regime Cos = new(Model.NeuralTangent, D: 12, K: 2, N: 6, Activation.Cos, InputLaw.Gaussian, Noise: 1,
        TestPoints: 40, Seed: 3, WeightsSd: 1, Target: LabelTarget.None);

    // Four test points: the tanh kernels' gradients are numerical, and their cost grows with the points.
    private static readonly Regime Tanh = new(Model.RandomFeatures, D: 8, K: 16, N: 4, Activation.Tanh, InputLaw.Gaussian, Noise: 1,
        TestPoints: 4, Seed: 3, WeightsSd: 1, Target: LabelTarget.None);

    /// <summary>Each repeat's S at k, at 4k and (for the plateau) at infinite width, fitted as the check fits them.</summary>
    private static (double Narrow, double Wide, double Kernel)[] Repeats(Claim claim, Regime regime, Control control)
    {
        var wide = regime with { K = SensitivityWidthCheck.Growth * regime.K };
        return [.. Enumerable.Range(0, claim.Repeats).Select(r =>
        {
            double S(Regime at) => ClaimRun.Observe(ClaimRun.Repeat(at, r), control, null, claim.Measures).Value;
            return (S(regime), S(wide), S(regime with { Model = regime.Model.InfiniteWidthLimit! }));
        })];
    }

    [Fact]
    public void Decays_ReportsTheRepeatsMedians_AndHoldsEachConditionExactlyInItsBand()
    {
        var claim = Claim.SharperNeuralTangentEven;
        var v = SensitivityWidthCheck.Decays(claim, Cos);
        var f = v.Figures;
        var repeats = Repeats(claim, Cos, Control.None);
        var wide = Cos with { K = 4 * Cos.K };
        double bound = claim.BoundOf(Cos), boundWide = claim.BoundOf(wide);
        Assert.Equal(Median.Of(repeats.Select(p => p.Wide / p.Narrow)), f["Q"], 12);
        Assert.Equal(Median.Of(repeats.Select(p => p.Narrow / bound)), f["S/bound(k)"], 12);
        Assert.Equal(Median.Of(repeats.Select(p => p.Wide / boundWide)), f["S/bound(4k)"], 12);
        Assert.Equal(Median.Of(repeats.Select(p => p.Wide)), v.Value, 12);
        Assert.Equal(boundWide, v.Bound, 12);
        // Three distinct repeats: the median is none of the mean, the first or the extremes.
        Assert.Equal(3, repeats.Select(p => p.Wide / p.Narrow).Distinct().Count());

        var (level, quotient) = SensitivityWidthCheck.DecayBandsOf(claim, Cos);
        Assert.Equal(level, v.Band);
        VerdictAssert.HeldIff(v, "well-posed at k and 4k", true);
        VerdictAssert.HeldIff(v, "bound: at k=2: median S/√(Nd/p)", level.Contains(f["S/bound(k)"]));
        VerdictAssert.HeldIff(v, "bound: at 4k=8: median S/√(Nd/p)", level.Contains(f["S/bound(4k)"]));
        VerdictAssert.HeldIff(v, "tightness: attains √(Nd/p): Q = S(4k)/S(k)", quotient.Contains(f["Q"]));
        Assert.Equal(level.Contains(f["S/bound(k)"]) && level.Contains(f["S/bound(4k)"]) ? BoundResult.Holds : BoundResult.Violated, v.LowerBound);
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] repeat 2: S(k) = "));
    }

    /// <summary>A quotient band that holds Q by construction: the verdict passes exactly when the level holds at both widths.</summary>
    [Fact]
    public void Plateaus_ReportsTheRepeatsMedians_AndIsRefutedOnlyWhenEveryConditionHolds()
    {
        var claim = Claim.SharperRandomFeatures;
        var v = SensitivityWidthCheck.Plateaus(claim, Tanh);
        var f = v.Figures;
        var repeats = Repeats(claim, Tanh, Control.None);
        Assert.Equal(Median.Of(repeats.Select(p => p.Wide / p.Narrow)), f["Q"], 12);
        Assert.Equal(Median.Of(repeats.Select(p => p.Wide / p.Kernel)), f["S(4k)/S(kernel)"], 12);
        Assert.Equal(Median.Of(repeats.Select(p => p.Wide)), v.Value, 12);
        Assert.Equal(claim.BoundOf(Tanh with { K = 4 * Tanh.K }), v.Bound, 12);
        Assert.Equal(3, repeats.Select(p => p.Wide / p.Kernel).Distinct().Count());

        var (quotient, toKernel) = SensitivityWidthCheck.PlateauBandsOf(claim, Tanh);
        bool q = quotient.Contains(f["Q"]), k = toKernel.Contains(f["S(4k)/S(kernel)"]);
        VerdictAssert.HeldIff(v, "well-posed at k, 4k and infinite width", true);
        VerdictAssert.HeldIff(v, "tightness: does NOT attain √(Nd/p): Q = S(4k)/S(k)", q);
        VerdictAssert.HeldIff(v, "tightness: tends to the kernel interpolator: S(4k)/S(∞)", k);
        Assert.Equal(q && k, v.Passed);
        Assert.Equal(q && k ? TightnessResult.NotAttained : TightnessResult.Unresolved, v.Tightness);
        // The plateau bands nothing on S/√(Nd/p): no lower-bound condition, and the verdict's band is [0, ∞).
        Assert.Equal(BoundResult.NotChecked, v.LowerBound);
        Assert.True(v.Band.Contains(0) && v.Band.Contains(double.MaxValue));
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] repeat 2: S(k) = ") && c.Contains("S(∞) = "));
    }

    /// <summary>The plateau's refutation needs both of its conditions: a control that leaves the kernel is unresolved, not refuted.</summary>
    [Fact]
    public void Plateaus_WithAFailedCondition_IsUnresolved()
    {
        var ntk = Tanh with { Model = Model.NeuralTangent, K = 2 };
        var v = SensitivityWidthCheck.Plateaus(Claim.SharperNeuralTangentPlateau, ntk, Control.PublishedTanhSecondDerivative);
        Assert.False(v.Passed);
        Assert.Equal(TightnessResult.Unresolved, v.Tightness);
        Assert.Contains(v.Conditions, c => c.StartsWith("[VIOLATED] tightness: "));
    }
}

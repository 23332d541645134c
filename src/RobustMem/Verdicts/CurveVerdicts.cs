using System.Globalization;
using RobustMem.Experiments;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Verdicts;

/// <summary>Verdicts on the claims of THEORY.md §2 computed from swept curves.</summary>
/// <remarks>
/// The bounds (claims I, II, III, G, T) are judged by the fitted exponent of S/bound in n and in k
/// (<see cref="ExponentVerdicts"/>), each with a lower-bound and a tightness result. Peaks (claim M) follow
/// <see cref="PeakRule"/>, the rule the claim-M property uses too. Claims N and R are levels, each edge a band with its
/// origin in <see cref="CurveBands"/>.
/// </remarks>
internal static class CurveVerdicts
{
    /// <summary>Verdicts for a figure, by the claims it bears on, each judged as its entry in <see cref="CurveJudges"/> (the registry) says.</summary>
    public static IReadOnlyList<CurveVerdict> For(FigureSpec figure, IReadOnlyList<Curve> curves)
    {
        var verdicts = new List<CurveVerdict>();
        foreach (string claim in figure.Claims) verdicts.AddRange(CurveJudges.Of(claim).Figure(figure.Name, curves));
        return verdicts;
    }

    /// <summary>
    /// The window where a bound is asserted: n ≤ d for a kernel (claim I needs d ≳ n); for a finite model below half its
    /// first threshold and n ≤ 2d (claims II and III take d proportional to n).
    /// </summary>
    /// <remarks>
    /// The 2d: past it the finite NTK's S/√(n/k) falls with n/d, an exponent of −0.09 [−0.12, −0.06] at n ≤ 8d (k = 16,
    /// d = 48, 24 seeds), outside the theorems' proportional regime; at n ≤ 2d it is −0.05. No RF window of the default
    /// figures reaches 2d.
    /// </remarks>
    public static bool InWindow(Regime regime, int n)
    {
        // A capability, not a model's identity: a kernel has no finite threshold, and claim I asks d ≳ n.
        if (regime.Model.IsKernel) return n <= regime.D;
        return n <= FirstThreshold(regime) / 2.0 && n <= 2 * regime.D;
    }

    /// <summary>The first predicted interpolation threshold of a finite model: k, kd, or d for erf/tanh below their width.</summary>
    public static int FirstThreshold(Regime regime) => InterpolationThresholds.Predicted(regime).Min();

    /// <summary>Claim M on one curve: a peak of S and of the test error at each predicted threshold.</summary>
    public static IEnumerable<CurveVerdict> Peaks(string figure, Curve curve)
    {
        if (curve.Spec.Base.Ridge > 0) yield break;
        foreach (int t in InterpolationThresholds.Predicted(curve.Spec.Base))
        {
            var r = curve.Spec.Base;
            // A threshold at n = d below the width is the rank-d dominant block of nearly linear features (erf, tanh RF): a lower peak.
            double bar = t == r.D && t < r.K ? PeakRule.MinProminenceAtInputDimension : PeakRule.MinProminence;
            var (pass, s, e) = PeakRule.At(curve, t, bar);
            yield return new(Claim.MultipleDescent, figure, pass, F($"{curve.Name}: predicted n={t}; S {s}; test error {e}"),
                F($"argmax over [t/2, 2t] within {PeakRule.Tolerance:P0} of t, with prominence ≥ {PeakRule.MinProminence} at t = k or the NTK rank and ≥ {PeakRule.MinProminenceAtInputDimension} at t = d for erf/tanh, for S and test error"))
            { Subject = curve.Name, Headline = F($"n = {t}") };
        }
    }

    /// <summary>Claim N: S stays O(1) without noise and grows like √n with it.</summary>
    public static CurveVerdict Noise(string figure, IReadOnlyList<Curve> curves)
    {
        var clean = curves.Single(c => c.Spec.Base.Noise == 0).Summary();
        var noisy = curves.OrderByDescending(c => c.Spec.Base.Noise).First().Summary();
        double cleanMax = clean.Max(p => p.Sobolev);
        double cleanRatio = clean[^1].Ratio, noisyRatio = noisy[^1].Ratio;
        bool pass = cleanMax <= CurveBands.Noiseless.Upper && noisyRatio >= CurveBands.NoiseSeparation.Lower * cleanRatio;
        return new(Claim.NoiseNecessary, figure, pass,
            F($"σ=0: max S = {cleanMax:G3}, S/√n at n={clean[^1].N} = {cleanRatio:G3}; largest σ: S/√n = {noisyRatio:G3}"),
            F($"σ=0: S ≤ {CurveBands.Noiseless.Upper}·‖w*‖ everywhere; noisy S/√n ≥ {CurveBands.NoiseSeparation.Lower}× noiseless at the largest n"))
        { Headline = F($"σ=0: max S = {cleanMax:G3}; noisy S/√n = {noisyRatio / cleanRatio:G3}× noiseless") };
    }

    /// <summary>Claim R: a small ridge recovers min-norm below the threshold; a large ridge loses memorization, keeps S small and removes the peak.</summary>
    public static CurveVerdict Ridge(string figure, IReadOnlyList<Curve> curves)
    {
        var ordered = curves.OrderBy(c => c.Spec.Base.Ridge).ToArray();
        var minNorm = ordered[0];
        var small = ordered[1];
        var large = ordered[^1];
        var window = minNorm.Summary().Where(p => InWindow(minNorm.Spec.Base, p.N)).Select(p => p.N).ToHashSet();
        double worst = minNorm.Summary().Zip(small.Summary()).Where(z => window.Contains(z.First.N))
            .Max(z => Math.Abs(z.Second.Sobolev - z.First.Sobolev) / z.First.Sobolev);
        double largeMax = large.Summary().Max(p => p.Sobolev), minNormMax = minNorm.Summary().Where(p => !p.IllPosed).Max(p => p.Sobolev);
        double largeTrain = large.Summary().Min(p => p.TrainError);
        double noise2 = large.Spec.Base.Noise * large.Spec.Base.Noise;
        int k = InterpolationThresholds.Predicted(large.Spec.Base).Max();
        var (peaked, peak) = PeakRule.OfSobolevAt(large, k);
        bool pass = worst <= CurveBands.RidgePath.Upper && largeMax <= CurveBands.LargeRidgeLevel.Upper * minNormMax
            && largeTrain >= CurveBands.LargeRidgeTrain.Lower * noise2 && !peaked;
        return new(Claim.Ridge, figure, pass,
            F($"λ={small.Spec.Base.Ridge:G3} vs min-norm below k/2: max |ΔS|/S = {worst:G3}; λ={large.Spec.Base.Ridge:G3}: max S = {largeMax:G3} vs min-norm {minNormMax:G3}, min train error {largeTrain:G3}, {peak}"),
            F($"small λ within {CurveBands.RidgePath.Upper:P0} of min-norm in the window; large λ: max S ≤ {CurveBands.LargeRidgeLevel.Upper}× min-norm's, train error ≥ {CurveBands.LargeRidgeTrain.Lower}·σ², no peak at k"))
        { Headline = F($"λ={small.Spec.Base.Ridge:G3}: max |ΔS|/S = {worst:G2}; λ={large.Spec.Base.Ridge:G3}: train error {largeTrain / noise2:G3}·σ²") };
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

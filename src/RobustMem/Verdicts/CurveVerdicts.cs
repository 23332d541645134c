using System.Globalization;
using RobustMem.Experiments;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Verdicts;

/// <summary>Verdicts on the claims of THEORY.md §2 computed from swept curves.</summary>
/// <remarks>
/// The bounds (claims I, II, III, G, T) are judged by the fitted exponent of S/bound in n and in k
/// (<see cref="ExponentVerdicts"/>), each with a lower-bound and a tightness result. Peaks (claim M) must sit within 10%
/// of the prediction and stand at least <see cref="MinProminence"/>× above the curve on both sides, for S and for the
/// test error alike. Claims N and R are levels, each edge a named constant below.
/// </remarks>
public static class CurveVerdicts
{
    /// <summary>A peak must stand this many times above the lowest value on each side of it within [t/2, 2t].</summary>
    public const double MinProminence = 2;

    /// <summary>The n = d bump of erf/tanh RF is lower than a threshold blow-up; calibrated in properties/MultipleDescentCheck.cs.</summary>
    public const double MinProminenceAtInputDimension = 1.5;

    /// <summary>Relative distance of a peak from its predicted n (THEORY.md §2: thresholds ±10%).</summary>
    public const double PeakTolerance = 0.1;

    /// <summary>At σ = 0 S must stay below this multiple of ‖w*‖ = 1 (claim N).</summary>
    public const double NoiselessCeiling = 3;

    /// <summary>Claim N: at the largest n, S/√n with noise must be at least this many times S/√n without.</summary>
    /// <remarks>THEORY.md §2 asks for S/√n ≫ the σ = 0 level; the default run measures 11×, the snapshot scale more.</remarks>
    public const double NoiseSeparation = 5;

    /// <summary>Claim R: a ridge at the λ → 0 end of the path may move S by at most this fraction of min-norm's in the window.</summary>
    /// <remarks>FigureCatalog's λ = 1e-8 moves it by 6e-4 (default run); 1e-6 moved it by 5% at n = k/2, which is what this edge refuses.</remarks>
    public const double RidgePathTolerance = 0.05;

    /// <summary>Claim R: a large ridge must keep max S below this fraction of min-norm's max S (the peak at k).</summary>
    /// <remarks>Set by hand: the default run's λ = 1 keeps it at 1e-5 of min-norm's, so the edge only refuses a ridge that does not act.</remarks>
    public const double LargeRidgeLevel = 0.25;

    /// <summary>Claim R: a large ridge does not memorize: its training error stays at least this fraction of σ².</summary>
    /// <remarks>Memorization is training error ≤ σ² − δ (THEORY.md §2); half of σ² is far from the 0 of an interpolator.</remarks>
    public const double LargeRidgeTrainFloor = 0.5;

    /// <summary>Verdicts for a figure, by the claims it bears on.</summary>
    public static IReadOnlyList<CurveVerdict> For(FigureSpec figure, IReadOnlyList<Curve> curves)
    {
        var verdicts = new List<CurveVerdict>();
        foreach (string claim in figure.Claims)
            switch (claim)
            {
                case "M": verdicts.AddRange(curves.SelectMany(c => Peaks(figure.Name, c))); break;
                case "N": verdicts.Add(Noise(figure.Name, curves)); break;
                case "R": verdicts.Add(Ridge(figure.Name, curves)); break;
                case "T": verdicts.AddRange(curves.Select(c => ExponentVerdicts.Frontier(figure.Name, c))); break;
                case "G": verdicts.AddRange(curves.Select(c => ExponentVerdicts.InN(claim, figure.Name, c))); break;
                case "I-RF" or "I-NTK" or "II" or "III":
                    var family = curves.Where(c => ClaimOf(c.Spec.Base) == claim).ToArray();
                    verdicts.AddRange(family.Select(c => ExponentVerdicts.InN(claim, figure.Name, c)));
                    // Several widths of one model: the bound's dependence on k is a claim too (S ∝ k^−1/2 for NTK).
                    if (family.Select(c => c.Spec.Base.K).Distinct().Count() >= 2) verdicts.Add(ExponentVerdicts.InK(claim, figure.Name, family));
                    break;
                default:
                    throw new ArgumentException($"figure {figure.Name}: no curve verdict for claim '{claim}'; known: M, N, R, T, G, I-RF, I-NTK, II, III.");
            }
        return verdicts;
    }

    /// <summary>The window where a bound is asserted: below half the first threshold (finite), n ≤ d (kernels, claim I needs d ≳ n).</summary>
    public static bool InWindow(Regime regime, int n)
    {
        var thresholds = InterpolationThresholds.Predicted(regime);
        return regime.Model.IsKernel() ? n <= regime.D : n <= thresholds.Min() / 2.0;
    }

    /// <summary>Claim M on one curve: a peak of S and of the test error at each predicted threshold.</summary>
    public static IEnumerable<CurveVerdict> Peaks(string figure, Curve curve)
    {
        if (curve.Spec.Base.Ridge > 0) yield break;
        foreach (int t in InterpolationThresholds.Predicted(curve.Spec.Base))
        {
            var s = PeakFinder.OfSobolev(curve, t);
            var e = PeakFinder.OfTestError(curve, t);
            var r = curve.Spec.Base;
            double bar = r.Model == ModelKind.RandomFeatures && t == r.D && t < r.K ? MinProminenceAtInputDimension : MinProminence;
            bool pass = s.IsAt(t, PeakTolerance, bar) && e.IsAt(t, PeakTolerance, bar);
            yield return new("M", figure, pass, F($"{curve.Name}: predicted n={t}; S {s}; test error {e}"),
                F($"argmax over [t/2, 2t] within {PeakTolerance:P0} of t, prominence ≥ {bar} (t = k or NTK rank: {MinProminence}; t = d for erf/tanh: {MinProminenceAtInputDimension}), for S and test error"));
        }
    }

    /// <summary>Claim N: S stays O(1) without noise and grows like √n with it.</summary>
    public static CurveVerdict Noise(string figure, IReadOnlyList<Curve> curves)
    {
        var clean = curves.Single(c => c.Spec.Base.Noise == 0).Summary();
        var noisy = curves.OrderByDescending(c => c.Spec.Base.Noise).First().Summary();
        double cleanMax = clean.Max(p => p.Sobolev);
        double cleanRatio = clean[^1].Ratio, noisyRatio = noisy[^1].Ratio;
        bool pass = cleanMax <= NoiselessCeiling && noisyRatio >= NoiseSeparation * cleanRatio;
        return new("N", figure, pass,
            F($"σ=0: max S = {cleanMax:G3}, S/√n at n={clean[^1].N} = {cleanRatio:G3}; largest σ: S/√n = {noisyRatio:G3}"),
            F($"σ=0: S ≤ {NoiselessCeiling}·‖w*‖ everywhere; noisy S/√n ≥ {NoiseSeparation}× noiseless at the largest n"));
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
        var peak = PeakFinder.OfSobolev(large, k);
        bool pass = worst <= RidgePathTolerance && largeMax <= LargeRidgeLevel * minNormMax && largeTrain >= LargeRidgeTrainFloor * noise2
            && !peak.IsAt(k, PeakTolerance, MinProminence);
        return new("R", figure, pass,
            F($"λ={small.Spec.Base.Ridge:G3} vs min-norm below k/2: max |ΔS|/S = {worst:G3}; λ={large.Spec.Base.Ridge:G3}: max S = {largeMax:G3} vs min-norm {minNormMax:G3}, min train error {largeTrain:G3}, {peak}"),
            F($"small λ within {RidgePathTolerance:P0} of min-norm in the window; large λ: max S ≤ {LargeRidgeLevel}× min-norm's, train error ≥ {LargeRidgeTrainFloor}·σ², no peak at k"));
    }

    private static string ClaimOf(Regime r) => r.Model switch
    {
        ModelKind.RandomFeatures => "II",
        ModelKind.NeuralTangent => "III",
        ModelKind.RandomFeatureKernel => "I-RF",
        ModelKind.NeuralTangentKernel => "I-NTK",
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Model, "no claim is known for this model"),
    };

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

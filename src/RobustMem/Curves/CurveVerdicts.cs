using System.Globalization;
using RobustMem.Experiments;

namespace RobustMem.Curves;

/// <summary>Verdicts on the claims of THEORY.md §2 computed from swept curves.</summary>
/// <remarks>
/// The theorems are asymptotic, so no slope is asserted (THEORY.md §2): a scaling claim holds when the ratio
/// S/bound, over the window away from every threshold, neither shrinks (last ≥ <see cref="MinGrowth"/> × first) nor
/// spreads over more than <see cref="MaxBandWidth"/>×. Peaks (claim M) must sit within 10% of the prediction and
/// stand at least <see cref="MinProminence"/>× above the curve on both sides, for S and for the test error alike.
/// </remarks>
public static class CurveVerdicts
{
    /// <summary>The ratio at the largest window n must keep at least this fraction of its value at the smallest.</summary>
    public const double MinGrowth = 0.5;

    /// <summary>max/min of the ratio over the window: a band that does not collapse or blow up.</summary>
    public const double MaxBandWidth = 4;

    /// <summary>A peak must stand this many times above the lowest value on each side of it within [t/2, 2t].</summary>
    public const double MinProminence = 2;

    /// <summary>The n = d bump of erf/tanh RF is lower than a threshold blow-up; calibrated in properties/MultipleDescentCheck.cs.</summary>
    public const double MinProminenceAtInputDimension = 1.5;

    /// <summary>Relative distance of a peak from its predicted n (THEORY.md §2: thresholds ±10%).</summary>
    public const double PeakTolerance = 0.1;

    /// <summary>At σ = 0 S must stay below this multiple of ‖w*‖ = 1 (claim N).</summary>
    public const double NoiselessCeiling = 3;

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
                case "T": verdicts.AddRange(curves.Select(c => Tightness(figure.Name, c))); break;
                default:
                    verdicts.AddRange(curves.Where(c => ClaimOf(c.Spec.Base) == claim || claim == "G").Select(c => Scaling(claim, figure.Name, c)));
                    break;
            }
        return verdicts;
    }

    /// <summary>The window where a bound is asserted: below half the first threshold (finite), n ≤ d (kernels, claim I needs d ≳ n).</summary>
    public static bool InWindow(Regime regime, int n)
    {
        var thresholds = InterpolationThresholds.Predicted(regime);
        return regime.Model.IsKernel() ? n <= regime.D : n <= thresholds.Min() / 2.0;
    }

    /// <summary>Scaling: S/bound over the window neither shrinks nor spreads beyond the band.</summary>
    public static CurveVerdict Scaling(string claim, string figure, Curve curve)
    {
        var window = curve.Summary().Where(p => InWindow(curve.Spec.Base, p.N) && double.IsFinite(p.Ratio)).ToArray();
        string rule = F($"S/bound over n in the window: last ≥ {MinGrowth}×first and max/min ≤ {MaxBandWidth}");
        if (window.Length < 3) return new(claim, figure, null, $"{curve.Name}: {window.Length} window points", rule);
        double first = window[0].Ratio, last = window[^1].Ratio, min = window.Min(p => p.Ratio), max = window.Max(p => p.Ratio);
        bool pass = last >= MinGrowth * first && max / min <= MaxBandWidth;
        return new(claim, figure, pass, F($"{curve.Name}: ratio {first:G3} (n={window[0].N}) → {last:G3} (n={window[^1].N}), range [{min:G3}, {max:G3}]"), rule);
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
        bool pass = cleanMax <= NoiselessCeiling && noisyRatio >= 5 * cleanRatio;
        return new("N", figure, pass,
            F($"σ=0: max S = {cleanMax:G3}, S/√n at n={clean[^1].N} = {cleanRatio:G3}; largest σ: S/√n = {noisyRatio:G3}"),
            F($"σ=0: S ≤ {NoiselessCeiling}·‖w*‖ everywhere; noisy S/√n ≥ 5× noiseless at the largest n"));
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
        bool pass = worst <= 0.05 && largeMax <= 0.25 * minNormMax && largeTrain >= 0.5 * noise2 && !peak.IsAt(k, PeakTolerance, MinProminence);
        return new("R", figure, pass,
            F($"λ={small.Spec.Base.Ridge:G3} vs min-norm below k/2: max |ΔS|/S = {worst:G3}; λ={large.Spec.Base.Ridge:G3}: max S = {largeMax:G3} vs min-norm {minNormMax:G3}, min train error {largeTrain:G3}, {peak}"),
            "small λ within 5% of min-norm in the window; large λ: max S ≤ 0.25× min-norm's, train error ≥ σ²/2, no peak at k");
    }

    /// <summary>Claim T: S*(0) ≤ S(min-norm), S*(0)/√n does not shrink, and S(min-norm)/S*(0) stays bounded.</summary>
    public static CurveVerdict Tightness(string figure, Curve curve)
    {
        var rows = curve.Points.Where(p => p.FrontierAtZero is double f && double.IsFinite(f) && p.SobolevExact is not null).ToArray();
        const string rule = "S*(0) ≤ S_exact(min-norm) at every point; S*(0)/√n last ≥ 0.5×first; S(min-norm)/S*(0) ≤ 4";
        if (rows.Length < 3) return new("T", figure, null, $"{curve.Name}: {rows.Length} points with an exact frontier", rule);
        bool ordered = rows.All(p => p.FrontierAtZero <= p.SobolevExact * (1 + 1e-9));
        var byN = rows.GroupBy(p => p.N).OrderBy(g => g.Key)
            .Select(g => (N: g.Key, Star: g.Average(p => p.FrontierAtZero!.Value / p.Bound), Tight: g.Average(p => p.SobolevExact!.Value / p.FrontierAtZero!.Value))).ToArray();
        double maxTight = byN.Max(r => r.Tight);
        bool pass = ordered && byN[^1].Star >= 0.5 * byN[0].Star && maxTight <= 4;
        return new("T", figure, pass,
            F($"{curve.Name}: S*(0)/√n {byN[0].Star:G3} (n={byN[0].N}) → {byN[^1].Star:G3} (n={byN[^1].N}); S/S*(0) in [{byN.Min(r => r.Tight):G3}, {maxTight:G3}]; S* ≤ S everywhere: {ordered}"),
            rule);
    }

    private static string ClaimOf(Regime r) => r.Model switch
    {
        ModelKind.RandomFeatures => "II",
        ModelKind.NeuralTangent => "III",
        ModelKind.RandomFeatureKernel => "I-RF",
        _ => "I-NTK",
    };

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using MathNet.Numerics.Distributions;

namespace RobustMem.Verdicts;

/// <summary>Fits the exponent a of y ∝ x^a from log–log samples, with a cluster-robust interval that treats the seeds as clusters.</summary>
/// <remarks>
/// One least-squares slope pooled over every sample, after removing the mean of each block and seed (one intercept per
/// curve, or per n when widths are compared, and per seed: a seed's weights set its level, not the law's slope).
/// Points of one seed share weights and nested data across n and k, so their residuals are not independent and a pooled
/// regression error would be too narrow. The interval is the cluster-robust (CR1) one with the G seeds as clusters:
/// Var = G/(G−1) · Σ_g (Σ_{i∈g} x̃ᵢ rᵢ)² / Sxx², with t(G−1) quantiles (Cameron &amp; Miller 2015, J. Human Resources 50(2),
/// §II.C and §VI). With the same x in every seed it equals the old interval over per-seed slopes, value ± t·sd/√G,
/// exactly; unlike it, it still weighs a seed by its spread in x when ill-posed points leave seeds unbalanced. With one
/// seed there are no clusters; the regression's own standard error is used instead, and said so.
/// </remarks>
internal static class ExponentFit
{
    /// <summary>Two-sided confidence of the interval.</summary>
    public const double Confidence = 0.95;

    /// <summary>The fitted exponent, or <see cref="FittedExponent.None"/> when the samples do not span two values of x in a block.</summary>
    public static FittedExponent Of(IReadOnlyList<ExponentSample> samples)
    {
        var usable = samples.Where(s => double.IsFinite(s.LogX) && double.IsFinite(s.LogY)).ToArray();
        // Centred within (block, seed): x̃ = x − x̄_bs, ỹ = y − ȳ_bs.
        var groups = usable.GroupBy(s => (s.Block, s.Seed)).ToArray();
        var centred = groups.SelectMany(g =>
        {
            double mx = g.Average(s => s.LogX), my = g.Average(s => s.LogY);
            return g.Select(s => (s.Seed, X: s.LogX - mx, Y: s.LogY - my));
        }).ToArray();
        double sxx = centred.Sum(c => c.X * c.X);
        if (!(sxx > 0)) return FittedExponent.None($"{usable.Length} points: no spread in x to fit a slope");
        double slope = centred.Sum(c => c.X * c.Y) / sxx;
        // A cluster counts when its seed has spread in x; one that has none carries no information on the slope.
        var scores = centred.GroupBy(c => c.Seed).Where(g => g.Sum(c => c.X * c.X) > 0)
            .Select(g => g.Sum(c => c.X * (c.Y - slope * c.X))).ToArray();
        int clusters = scores.Length;
        if (clusters >= 2)
        {
            double variance = clusters / (clusters - 1.0) * scores.Sum(u => u * u) / (sxx * sxx);
            double half = Quantile(clusters - 1) * Math.Sqrt(variance);
            return new(slope, slope - half, slope + half, clusters, usable.Length,
                F($"pooled over {clusters} seeds as clusters, cluster-robust t({clusters - 1}) at {Confidence:P0}"));
        }
        int df = usable.Length - groups.Length - 1;
        if (df < 1)
            return new(slope, double.NegativeInfinity, double.PositiveInfinity, clusters, usable.Length,
                F($"one seed and {usable.Length} points: no residual to estimate an interval"));
        double rss = centred.Sum(c => (c.Y - slope * c.X) * (c.Y - slope * c.X));
        double h = Quantile(df) * Math.Sqrt(rss / df / sxx);
        return new(slope, slope - h, slope + h, clusters, usable.Length,
            F($"one seed: regression standard error, t({df}) at {Confidence:P0}"));
    }

    private static double Quantile(int freedom) => StudentT.InvCDF(0, 1, freedom, 1 - (1 - Confidence) / 2);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using MathNet.Numerics.Distributions;

namespace RobustMem.Verdicts;

/// <summary>Fits the exponent a of y ∝ x^a from log–log samples, with an interval from the scatter over seeds.</summary>
/// <remarks>
/// The value is the least-squares slope over all samples after removing each block's mean (one intercept per curve,
/// or per n when widths are compared), so blocks at different levels do not tilt it. The interval is
/// value ± t·sd/√m over the m per-seed slopes: points of one seed share data across n and k, so their residuals are
/// not independent and a pooled regression error would be too narrow. With one seed there is no such spread; the
/// regression's own standard error is used instead, and said so.
/// </remarks>
public static class ExponentFit
{
    /// <summary>Two-sided confidence of the interval.</summary>
    public const double Confidence = 0.95;

    /// <summary>The fitted exponent, or <see cref="FittedExponent.None"/> when the samples do not span two values of x in a block.</summary>
    public static FittedExponent Of(IReadOnlyList<ExponentSample> samples)
    {
        var usable = samples.Where(s => double.IsFinite(s.LogX) && double.IsFinite(s.LogY)).ToArray();
        var pooled = Slope(usable);
        if (pooled is not { } fit) return FittedExponent.None($"{usable.Length} points: no spread in x to fit a slope");
        var perSeed = usable.GroupBy(s => s.Seed).Select(g => Slope(g.ToArray())).OfType<(double Slope, double Sxx, double Rss, int Df)>()
            .Select(f => f.Slope).ToArray();
        if (perSeed.Length >= 2)
        {
            double mean = perSeed.Average();
            double sd = Math.Sqrt(perSeed.Sum(a => (a - mean) * (a - mean)) / (perSeed.Length - 1));
            double half = Quantile(perSeed.Length - 1) * sd / Math.Sqrt(perSeed.Length);
            return new(fit.Slope, fit.Slope - half, fit.Slope + half, perSeed.Length, usable.Length,
                F($"{perSeed.Length} per-seed slopes, t({perSeed.Length - 1}) at {Confidence:P0}"));
        }
        if (fit.Df < 1)
            return new(fit.Slope, double.NegativeInfinity, double.PositiveInfinity, perSeed.Length, usable.Length,
                F($"one seed and {usable.Length} points: no residual to estimate an interval"));
        double se = Math.Sqrt(fit.Rss / fit.Df / fit.Sxx);
        double h = Quantile(fit.Df) * se;
        return new(fit.Slope, fit.Slope - h, fit.Slope + h, perSeed.Length, usable.Length,
            F($"one seed: regression standard error, t({fit.Df}) at {Confidence:P0}"));
    }

    // Within-block least squares: slope Σ(x−x̄_b)(y−ȳ_b)/Σ(x−x̄_b)², residual sum of squares, and its degrees of freedom.
    private static (double Slope, double Sxx, double Rss, int Df)? Slope(IReadOnlyList<ExponentSample> samples)
    {
        var blocks = samples.GroupBy(s => s.Block).Select(g => g.ToArray()).ToArray();
        double sxx = 0, sxy = 0;
        foreach (var b in blocks)
        {
            double mx = b.Average(s => s.LogX), my = b.Average(s => s.LogY);
            foreach (var s in b) { sxx += (s.LogX - mx) * (s.LogX - mx); sxy += (s.LogX - mx) * (s.LogY - my); }
        }
        if (!(sxx > 0)) return null;
        double slope = sxy / sxx, rss = 0;
        foreach (var b in blocks)
        {
            double mx = b.Average(s => s.LogX), my = b.Average(s => s.LogY);
            foreach (var s in b) { double r = s.LogY - my - slope * (s.LogX - mx); rss += r * r; }
        }
        return (slope, sxx, rss, samples.Count - blocks.Length - 1);
    }

    private static double Quantile(int freedom) => StudentT.InvCDF(0, 1, freedom, 1 - (1 - Confidence) / 2);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

using RobustMem.Curves;

namespace RobustMem.Claims;

/// <summary>Finds the peaks of S(n) (or of the test error) that claim M places at the interpolation thresholds.</summary>
internal static class PeakFinder
{
    /// <summary>The maximum of <paramref name="values"/> over n in [center/factor, center·factor], NaN (ill-posed) points skipped.</summary>
    /// <remarks>
    /// A window rather than a global maximum: erf and tanh have two peaks (n = d and n = k) on one curve, and each is
    /// looked for around its own prediction. A factor of 2 keeps two thresholds apart when they differ by more than 4×.
    /// </remarks>
    public static Peak InWindow(IReadOnlyList<(int N, double Value)> values, int center, double factor = 2)
    {
        Preconditions.CheckRange(factor, 1, 1e6, nameof(factor));
        var inside = values.Where(p => p.N >= center / factor && p.N <= center * factor && double.IsFinite(p.Value)).OrderBy(p => p.N).ToArray();
        if (inside.Length == 0) throw new ArgumentException($"no finite point of the curve lies in [{center / factor}, {center * factor}].", nameof(values));
        int top = 0;
        for (int i = 1; i < inside.Length; i++) if (inside[i].Value > inside[top].Value) top = i;
        double value = inside[top].Value;
        double left = top > 0 ? inside.Take(top).Min(p => p.Value) : value;
        double right = top < inside.Length - 1 ? inside.Skip(top + 1).Min(p => p.Value) : value;
        double floor = Math.Max(left, right);
        return new Peak(inside[top].N, value, floor > 0 ? value / floor : double.PositiveInfinity);
    }

    /// <summary>The peak of the seed-mean S of a curve near <paramref name="center"/>.</summary>
    public static Peak OfSobolev(Curve curve, int center, double factor = 2) =>
        InWindow(curve.Summary().Select(p => (p.N, p.Sobolev)).ToArray(), center, factor);

    /// <summary>The peak of the seed-mean test error of a curve near <paramref name="center"/>.</summary>
    public static Peak OfTestError(Curve curve, int center, double factor = 2) =>
        InWindow(curve.Summary().Select(p => (p.N, p.TestError)).ToArray(), center, factor);
}

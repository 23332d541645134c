using RobustMem.Activations;
using RobustMem.Curves;

namespace RobustMem.SharperLaws;

/// <summary>
/// What one curve (activation, N) of a sensitivity figure shows, reported and not banded (the property tests band the
/// claims): the slope of log S against log p over the widest factor 4 of the grid, S at the widest model over the kernel
/// interpolator's, and S over √(Nd/p) there. A plateau has slope 0 and S → S(∞); the √(N/k) decay has slope −½.
/// </summary>
/// <param name="Activation">σ.</param>
/// <param name="N">Training points.</param>
/// <param name="Widths">The curve's widths k (finite points only).</param>
/// <param name="MeanSensitivity">Mean S over seeds at each width.</param>
/// <param name="KernelSensitivity">Mean S of the kernel interpolator over the same seeds; NaN when not measured.</param>
/// <param name="Slope">d log S / d log p, least squares over the widths with p ≥ p_max/4 (<see cref="SlopeWindow"/>).</param>
/// <param name="ToKernel">S(k_max)/S(∞).</param>
/// <param name="ToUniversalBound">S(k_max)/√(Nd/p).</param>
internal sealed record SensitivityTrend(Activation Activation, int N, IReadOnlyList<int> Widths, IReadOnlyList<double> MeanSensitivity,
    double KernelSensitivity, double Slope, double ToKernel, double ToUniversalBound)
{
    /// <summary>One trend per curve (activation, N) of a sensitivity figure, in the figure's order; a curve with no finite point has none.</summary>
    public static IReadOnlyList<SensitivityTrend> Of(IReadOnlyList<Curve> curves)
    {
        var trends = new List<SensitivityTrend>();
        foreach (var curve in curves)
        {
            var finite = curve.Points.Where(p => p.K is not null).GroupBy(p => p.K!.Value).OrderBy(g => g.Key)
                .Select(g => (K: g.Key, P: g.First().Parameters!.Value, S: Mean(g.Select(SensitivityOf)), Bound: g.First().UniversalBound!.Value)).ToArray();
            double kernel = Mean(curve.Points.Where(p => p.K is null).Select(SensitivityOf));
            if (finite.Length == 0) continue;
            var last = finite[^1];
            // The widest factor of 4 in p: on the paper's grid (steps of 10⁴ or 15) the two widest models differ by 5 %
            // in p, and their slope was noise (NTK cos at N = 400: −0.15 there, measured); a factor 4 spans 16 of its widths.
            var top = finite.Where(f => f.P * SlopeWindow >= last.P).ToArray();
            double slope = top.Length < 2 ? double.NaN : LeastSquaresSlope(top.Select(f => Math.Log(f.P)).ToArray(), top.Select(f => Math.Log(f.S)).ToArray());
            trends.Add(new SensitivityTrend(curve.Spec.Base.Sigma, curve.Spec.Base.N, finite.Select(f => f.K).ToArray(), finite.Select(f => f.S).ToArray(),
                kernel, slope, last.S / kernel, last.S / last.Bound));
        }
        return trends;
    }

    /// <summary>A point's S; NaN when the fit was ill-posed (or the cell empty).</summary>
    public static double SensitivityOf(CurvePoint point) => point.Sensitivity ?? double.NaN;

    /// <summary>The slope is fitted over the widths with p ≥ p_max/4.</summary>
    public const double SlopeWindow = 4;

    private static double LeastSquaresSlope(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        return x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
    }

    // Mean over seeds; an ill-posed seed (NaN) makes the mean NaN rather than vanish from it.
    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }
}

using MathNet.Numerics.LinearAlgebra;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;

namespace RobustMem.Frontier;

/// <summary>The exact frontier S*(ε)² = min vᵀCv subject to ‖Zv − y‖² ≤ nε, for fixed data and weights (THEORY.md §4).</summary>
/// <remarks>
/// Whitening u = C^{1/2}v, Z̃ = ZC^{−1/2} turns it into the ridge path of Z̃: with Z̃ = U diag(s) Vᵀ and b = Uᵀy,
/// ε(μ) = (Σ (μ/(s²+μ))² b² + ‖y⊥‖²)/n and S(μ)² = Σ s²b²/(s²+μ)². C is restricted to its range: eigenvalues
/// below m·ε_mach·λ_max are dropped, since directions C cannot see are constant functions of x.
/// </remarks>
internal sealed class TradeoffFrontier
{
    private readonly double[] _s;
    private readonly double[] _b2;
    private readonly double _outside;
    private readonly double _total;
    private readonly int _n;

    public TradeoffFrontier(Matrix<double> z, Matrix<double> c, Vector<double> y, ILinearAlgebra? la = null)
    {
        la ??= Backend.Current;
        Preconditions.CheckShape(Preconditions.CheckAllFinite(c, "C").RowCount, Preconditions.CheckAllFinite(z, "z").ColumnCount, "C rows");
        Preconditions.CheckShape(c.ColumnCount, c.RowCount, "C columns");
        Preconditions.CheckShape(Preconditions.CheckAllFinite(y, "y").Count, z.RowCount, "y");
        _n = z.RowCount;
        var eigen = la.Eigen(c);
        int m = c.RowCount;
        double lambdaMax = eigen.Values.Count > 0 ? eigen.Values[m - 1] : 0;
        double floor = m * FitReport.MachineEpsilon * lambdaMax;
        var kept = Enumerable.Range(0, m).Where(i => eigen.Values[i] > floor).ToArray();
        CRank = kept.Length;
        var whitening = Matrix<double>.Build.Dense(m, kept.Length, (row, col) => eigen.Vectors[row, kept[col]] / Math.Sqrt(eigen.Values[kept[col]]));
        var whitened = la.Multiply(z, false, whitening, false);
        var svd = la.Svd(whitened);
        Report = FitReport.From(svd.S.ToArray(), whitened.RowCount, whitened.ColumnCount, 0);
        _s = svd.S.Take(Report.Rank).ToArray();
        var b = svd.U.TransposeThisAndMultiply(y);
        _b2 = b.Take(Report.Rank).Select(v => v * v).ToArray();
        _total = y.DotProduct(y);
        _outside = Math.Max(_total - _b2.Sum(), 0);
    }

    /// <summary>Numerical rank of C after the range restriction.</summary>
    public int CRank { get; }

    /// <summary>The whitened system's report: interpolation is possible when its rank is n.</summary>
    public FitReport Report { get; }

    /// <summary>The smallest training error any model of the class reaches: ‖y⊥‖²/n.</summary>
    public double MinimalError => Report.Rank == _n ? 0 : _outside / _n;

    /// <summary>S*(0), the seminorm of the minimum-Sobolev interpolator, √(yᵀ(ZC⁻¹Zᵀ)⁻¹y); NaN when the class cannot interpolate.</summary>
    public double AtZero => Report.Rank == _n ? Math.Sqrt(SquaredSeminorm(0)) : double.NaN;

    /// <summary>S*(ε). At or below the minimal error it is the frontier's end point; at or above ‖y‖²/n it is 0.</summary>
    public double At(double epsilon)
    {
        Preconditions.CheckRange(epsilon, 0, double.MaxValue, nameof(epsilon));
        if (epsilon >= _total / _n) return 0;
        if (epsilon <= MinimalError) return Math.Sqrt(SquaredSeminorm(0));
        double sMax = _s.Length > 0 ? _s[0] : 1;
        double lo = Math.Log(1e-20 * sMax * sMax), hi = Math.Log(1e20 * sMax * sMax);
        // ε(μ) increases with μ: bisect in log μ to a relative width of 1e-12.
        for (int iteration = 0; iteration < 200 && hi - lo > 1e-12; iteration++)
        {
            double mid = 0.5 * (lo + hi);
            if (TrainError(Math.Exp(mid)) > epsilon) hi = mid; else lo = mid;
        }
        return Math.Sqrt(SquaredSeminorm(Math.Exp(lo)));
    }

    /// <summary>ε(μ) on the ridge path of the whitened system.</summary>
    public double TrainError(double mu)
    {
        double r = _outside;
        for (int i = 0; i < _s.Length; i++) { double f = mu / (_s[i] * _s[i] + mu); r += f * f * _b2[i]; }
        return r / _n;
    }

    /// <summary>S(μ)² on the ridge path of the whitened system.</summary>
    public double SquaredSeminorm(double mu)
    {
        double q = 0;
        for (int i = 0; i < _s.Length; i++) { double den = _s[i] * _s[i] + mu; q += _s[i] * _s[i] * _b2[i] / (den * den); }
        return q;
    }
}

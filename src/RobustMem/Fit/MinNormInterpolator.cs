using MathNet.Numerics.LinearAlgebra;
using RobustMem.LinearAlgebra;

namespace RobustMem.Fit;

/// <summary>Least squares in feature space through one thin SVD Z = U diag(s) Vᵀ: min-norm for λ = 0, ridge for λ > 0.</summary>
/// <remarks>
/// λ = 0: v̂ = Z⁺y = V diag(1/s) Uᵀy over singular values above the cut-off of <see cref="FitReport"/>.
/// λ > 0: v_λ = (ZᵀZ + nλI)⁻¹Zᵀy = V diag(s/(s² + nλ)) Uᵀy (THEORY.md §1, "Fitting").
/// One factorization gives both, so the ridge path λ → 0 can be compared with min-norm exactly.
/// Away from the interpolation threshold Z is well conditioned, and the smaller Gram matrix (ZZᵀ or ZᵀZ) with one
/// symmetric eigen-decomposition gives the same v about twice as fast as the SVD. It is used only when every
/// eigenvalue is at least <see cref="GramConditionFloor"/>·λ_max, i.e. cond(Z) ≤ 10⁴, so that squaring the
/// condition number costs at most ε·10⁸ ≈ 2e-8 relative accuracy. Min-norm near the threshold goes through a Householder
/// QR when ‖Z‖_F·‖R⁻¹‖_F ≤ <see cref="CertifiedConditionCeiling"/>; otherwise the SVD (or dgelsd) decides rank and
/// ill-posedness.
/// </remarks>
internal sealed class MinNormInterpolator
{
    private readonly ILinearAlgebra _la;

    public MinNormInterpolator(double ridge = 0, ILinearAlgebra? la = null)
    {
        Ridge = Preconditions.CheckRange(ridge, 0, double.MaxValue, nameof(ridge));
        _la = la ?? Backend.Current;
    }

    public double Ridge { get; }

    public LinearFit Fit(Matrix<double> z, Vector<double> y)
    {
        Preconditions.CheckAllFinite(z, "z");
        Preconditions.CheckShape(y.Count, z.RowCount, "y");
        Preconditions.CheckAllFinite(y, "y");
        int n = z.RowCount, m = z.ColumnCount;
        if (Math.Abs(n - m) >= ThresholdMargin * Math.Max(n, m) && TrySolveByGram(z, y) is { } fast) return fast;
        if (Ridge > 0) return Solve(_la.Svd(z), n, m, y, Ridge);
        if (TrySolveByQr(z, y) is { } certified) return certified;
        // Min-norm near the threshold: dgelsd gives the singular values and Z⁺y without forming U and V, with the same
        // cut-off as FitReport (s ≤ max(n, m)·ε·s_max is zero), so rank and ill-posedness are decided exactly as by the SVD.
        var ls = _la.MinNormLeastSquares(z, y, Math.Max(n, m) * FitReport.MachineEpsilon);
        return new LinearFit(ls.Solution, FitReport.From(ls.SingularValues.ToArray(), n, m, 0), 0);
    }

    /// <summary>Smallest λ_min/λ_max of the Gram matrix for which the eigen route is trusted (cond(Z) ≤ 10⁴).</summary>
    public const double GramConditionFloor = 1e-8;

    /// <summary>Largest certified bound on cond₂(Z) for which the QR route is trusted.</summary>
    /// <remarks>
    /// A factor 6.7 below the ill-posed line 1/√ε ≈ 6.7·10⁷ and five decades below the rank cut-off 1/(max(n, m)·ε):
    /// under it every singular value is kept and none is ill-posed, so the SVD could not say otherwise. The bound
    /// ‖Z‖_F·‖R⁻¹‖_F overstates cond₂ by at most √r·√r; at n = k = 1000 (cond ≈ 5·10⁴–9·10⁴) it stays under 10⁶.
    /// </remarks>
    public const double CertifiedConditionCeiling = 1e7;

    /// <summary>Within this relative distance of n = m, Z is usually ill conditioned: skip the Gram route (squared condition number).</summary>
    public const double ThresholdMargin = 0.2;

    // n ≤ m: v = Zᵀ(ZZᵀ + nλI)⁻¹y; n > m: v = (ZᵀZ + nλI)⁻¹Zᵀy; λ = 0 gives the min-norm solution when Z has full rank.
    private LinearFit? TrySolveByGram(Matrix<double> z, Vector<double> y)
    {
        int n = z.RowCount, m = z.ColumnCount;
        bool wide = n <= m;
        var gram = wide ? _la.OuterGram(z) : _la.Multiply(z, true, z, false);
        var eigen = _la.Eigen(gram);
        int size = gram.RowCount;
        double largest = eigen.Values[size - 1];
        if (!(largest > 0) || eigen.Values[0] < GramConditionFloor * largest) return null;
        var singular = new double[size];
        for (int i = 0; i < size; i++) singular[i] = Math.Sqrt(eigen.Values[size - 1 - i]);
        var report = FitReport.From(singular, n, m, Ridge);
        var rhs = wide ? y : z.TransposeThisAndMultiply(y);
        var coordinates = eigen.Vectors.TransposeThisAndMultiply(rhs);
        for (int i = 0; i < size; i++) coordinates[i] /= eigen.Values[i] + n * Ridge;
        var solution = eigen.Vectors * coordinates;
        return new LinearFit(wide ? z.TransposeThisAndMultiply(solution) : solution, report, Ridge);
    }

    // Min-norm through a Householder QR: about a third of the work of the bidiagonalization inside dgelsd, and backward
    // stable (no squared condition number). Rank and ill-posedness then follow from the certified bound, not from an estimate.
    private LinearFit? TrySolveByQr(Matrix<double> z, Vector<double> y)
    {
        int n = z.RowCount, m = z.ColumnCount, r = Math.Min(n, m);
        if (r == 0 || _la.QrLeastSquares(z, y) is not { } qr) return null;
        double conditionBound = Frobenius(z) * Frobenius(qr.InverseR);
        if (!(conditionBound <= CertifiedConditionCeiling)) return null;
        var inverse = qr.InverseR;
        // The report's extreme singular values are power-iteration estimates (as on the kernel's Cholesky route).
        double largest = Math.Sqrt(PowerIteration.Largest(v => _la.Multiply(z, true, _la.Multiply(z, false, v)), m));
        double smallest = 1 / Math.Sqrt(PowerIteration.Largest(v => _la.Multiply(inverse, false, _la.Multiply(inverse, true, v)), r));
        var report = new FitReport(r, r == n, false, Math.Max(n, m) * FitReport.MachineEpsilon * largest, smallest, largest);
        return new LinearFit(qr.Solution, report, 0);
    }

    // MathNet's Matrix.FrobeniusNorm forms A·Aᵀ (n³ work); this is one pass, scaled so that squares cannot overflow.
    internal static double Frobenius(Matrix<double> a)
    {
        var values = Features.Elementwise.Storage(a);
        double scale = 0;
        foreach (double x in values) scale = Math.Max(scale, Math.Abs(x));
        if (!(scale > 0) || double.IsInfinity(scale)) return scale;
        double sum = 0;
        foreach (double x in values) sum += (x / scale) * (x / scale);
        return scale * Math.Sqrt(sum);
    }

    /// <summary>The fit for a given SVD of Z, so a ridge path needs one factorization.</summary>
    public static LinearFit Solve(ThinSvd svd, int n, int m, Vector<double> y, double ridge)
    {
        var s = svd.S.ToArray();
        var report = FitReport.From(s, n, m, ridge);
        var uty = svd.U.TransposeThisAndMultiply(y);
        for (int i = 0; i < s.Length; i++)
            uty[i] = ridge > 0 ? uty[i] * s[i] / (s[i] * s[i] + n * ridge)
                   : i < report.Rank ? uty[i] / s[i] : 0;
        return new LinearFit(svd.Vt.TransposeThisAndMultiply(uty), report, ridge);
    }
}

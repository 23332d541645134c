using MathNet.Numerics.LinearAlgebra;
using RobustMem.LinearAlgebra;

namespace RobustMem.Fit;

/// <summary>Kernel min-norm interpolation α = K⁺y, or kernel ridge α = (K + nλI)⁻¹y, through one eigen-decomposition.</summary>
/// <remarks>
/// K is symmetric positive semi-definite, so its eigenvalues are its singular values and the same
/// cut-off as <see cref="MinNormInterpolator"/> applies; negative rounding eigenvalues fall below it.
/// The ridge scaling nλ matches the feature-space ridge, since Zᵀ(ZZᵀ + nλI)⁻¹ = (ZᵀZ + nλI)⁻¹Zᵀ.
/// When K is well conditioned (the usual case for d ≳ n, where K ≈ κ(0)11ᵀ + κ′(0)XXᵀ + (κ(1) − κ(0) − κ′(0))I),
/// a Cholesky solve is about ten times cheaper than the eigen-decomposition. It is trusted only when λ_min ≥
/// <see cref="MinNormInterpolator.GramConditionFloor"/>·λ_max, both estimated by power and inverse iteration, so that
/// the solution keeps about 1e-8 relative accuracy; otherwise the eigen-decomposition decides rank and ill-posedness.
/// </remarks>
internal sealed class KernelInterpolator
{
    private readonly ILinearAlgebra _la;

    public KernelInterpolator(double ridge = 0, ILinearAlgebra? la = null)
    {
        Ridge = Preconditions.CheckRange(ridge, 0, double.MaxValue, nameof(ridge));
        _la = la ?? Backend.Current;
    }

    public double Ridge { get; }

    public KernelFit Fit(Matrix<double> gram, Vector<double> y)
    {
        int n = Preconditions.CheckAllFinite(gram, "gram").RowCount;
        Preconditions.CheckShape(gram.ColumnCount, n, "gram columns");
        Preconditions.CheckShape(y.Count, n, "y");
        Preconditions.CheckAllFinite(y, "y");
        if (TrySolveByCholesky(gram, y) is { } fast) return fast;
        var eigen = _la.Eigen(gram);
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = Math.Max(eigen.Values[n - 1 - i], 0);
        var report = FitReport.From(values, n, n, Ridge);
        var qty = eigen.Vectors.TransposeThisAndMultiply(y);
        for (int i = 0; i < n; i++)
        {
            double lambda = eigen.Values[i];
            int position = n - 1 - i; // eigenvalues ascending; position in the descending list
            qty[i] = Ridge > 0 ? qty[i] / (lambda + n * Ridge)
                   : position < report.Rank ? qty[i] / lambda : 0;
        }
        return new KernelFit(eigen.Vectors * qty, report, Ridge);
    }

    /// <summary>The Cholesky route alone: null when K (+ nλI) is not positive definite or λ_min &lt; <see cref="MinNormInterpolator.GramConditionFloor"/>·λ_max.</summary>
    /// <remarks>Also the sharper laws' probe's solve on a finite model's Gram ZZᵀ, whose cond(Z) ≤ 10⁴ then certifies the
    /// fit as the dense feature fit would (no singular value near its ill-posed line √ε·s_max).</remarks>
    internal KernelFit? TrySolveByCholesky(Matrix<double> gram, Vector<double> y)
    {
        int n = gram.RowCount;
        Matrix<double> lower;
        var shifted = Ridge > 0 ? gram + Matrix<double>.Build.DenseIdentity(n) * (n * Ridge) : gram;
        try { lower = _la.Cholesky(shifted); }
        catch (ArgumentException) { return null; }
        double largest = PowerIteration.Largest(v => _la.Multiply(shifted, false, v), n);
        double smallest = 1 / PowerIteration.Largest(v => Solve(lower, v), n);
        if (!(largest > 0) || smallest < MinNormInterpolator.GramConditionFloor * largest) return null;
        var report = new FitReport(n, Ridge == 0, false, n * FitReport.MachineEpsilon * largest, smallest, largest);
        return new KernelFit(Solve(lower, y), report, Ridge);
    }

    private Vector<double> Solve(Matrix<double> lower, Vector<double> b)
    {
        var column = _la.SolveLower(lower, b.ToColumnMatrix(), transpose: false);
        return _la.SolveLower(lower, column, transpose: true).Column(0);
    }
}

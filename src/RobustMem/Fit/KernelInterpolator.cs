using MathNet.Numerics.LinearAlgebra;
using RobustMem.LinearAlgebra;

namespace RobustMem.Fit;

/// <summary>Kernel min-norm interpolation α = K⁺y, or kernel ridge α = (K + nλI)⁻¹y, through one eigen-decomposition.</summary>
/// <remarks>
/// K is symmetric positive semi-definite, so its eigenvalues are its singular values and the same
/// cut-off as <see cref="MinNormInterpolator"/> applies; negative rounding eigenvalues fall below it.
/// The ridge scaling nλ matches the feature-space ridge, since Zᵀ(ZZᵀ + nλI)⁻¹ = (ZᵀZ + nλI)⁻¹Zᵀ.
/// </remarks>
public sealed class KernelInterpolator
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
        int n = gram.RowCount;
        Preconditions.CheckShape(gram.ColumnCount, n, "gram columns");
        Preconditions.CheckShape(y.Count, n, "y");
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
}

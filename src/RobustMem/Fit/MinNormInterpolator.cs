using MathNet.Numerics.LinearAlgebra;
using RobustMem.LinearAlgebra;

namespace RobustMem.Fit;

/// <summary>Least squares in feature space through one thin SVD Z = U diag(s) Vᵀ: min-norm for λ = 0, ridge for λ > 0.</summary>
/// <remarks>
/// λ = 0: v̂ = Z⁺y = V diag(1/s) Uᵀy over singular values above the cut-off of <see cref="FitReport"/>.
/// λ > 0: v_λ = (ZᵀZ + nλI)⁻¹Zᵀy = V diag(s/(s² + nλ)) Uᵀy (THEORY.md §1, "Fitting").
/// One factorization gives both, so the ridge path λ → 0 can be compared with min-norm exactly.
/// </remarks>
public sealed class MinNormInterpolator
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
        Preconditions.CheckShape(y.Count, z.RowCount, "y");
        Preconditions.CheckAllFinite(y.AsArray() ?? y.ToArray(), "y");
        return Solve(_la.Svd(z), z.RowCount, z.ColumnCount, y, Ridge);
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

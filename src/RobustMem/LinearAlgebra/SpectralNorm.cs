using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.LinearAlgebra;

/// <summary>‖M‖_op = σ_max(M), the largest singular value: the operator norm from ℓ₂ to ℓ₂.</summary>
/// <remarks>
/// From the singular values of a full SVD (LAPACK dgesdd's values through MathNet), not power iteration: the weak form of
/// Bubeck, Li &amp; Nagaraj (2021) multiplies it into a bound, and an estimate from below would understate the bound.
/// <c>SpectralNormTests</c> checks it against √λ_max(MᵀM) by power iteration and on matrices of known norm.
/// </remarks>
internal static class SpectralNorm
{
    /// <summary>σ_max(M); 0 for an empty or all-zero matrix.</summary>
    public static double Of(Matrix<double> matrix)
    {
        Preconditions.CheckAllFinite(matrix, nameof(matrix));
        if (matrix.RowCount == 0 || matrix.ColumnCount == 0) return 0;
        return matrix.Svd(computeVectors: false).S.Maximum();
    }
}

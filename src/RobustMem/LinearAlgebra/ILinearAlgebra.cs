using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.LinearAlgebra;

/// <summary>The few dense operations the harness needs, in a BLAS/LAPACK shape.</summary>
/// <remarks>
/// Matrices are MathNet dense matrices (column-major storage, as LAPACK expects).
/// Two implementations: <see cref="NativeLinearAlgebra"/> over Debian's OpenBLAS and
/// <see cref="ManagedLinearAlgebra"/> over MathNet's managed code. Results must agree to 1e-10 relative.
/// </remarks>
public interface ILinearAlgebra
{
    /// <summary>Short name recorded in every measurement ("openblas" or "managed").</summary>
    string Name { get; }

    /// <summary>op(A)·op(B), where op transposes when asked (BLAS dgemm).</summary>
    Matrix<double> Multiply(Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB);

    /// <summary>A·Aᵀ as a full symmetric matrix (BLAS dsyrk).</summary>
    Matrix<double> OuterGram(Matrix<double> a);

    /// <summary>C += A·Aᵀ on C's lower triangle at least (BLAS dsyrk with β = 1, in place): a sum of Grams over blocks
    /// without an n×n temporary per block. The upper triangle is unspecified; the caller mirrors the lower one.</summary>
    void AddOuterGramLower(Matrix<double> a, Matrix<double> c) => c.Add(OuterGram(a), c);

    /// <summary>C += op(A)·op(B) in place (BLAS dgemm with β = 1): a sum of products over blocks without a temporary per block.</summary>
    void MultiplyAdd(Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB, Matrix<double> c) =>
        c.Add(Multiply(a, transposeA, b, transposeB), c);

    /// <summary>Thin singular value decomposition A = U diag(s) Vᵀ, s descending (LAPACK dgesdd).</summary>
    ThinSvd Svd(Matrix<double> a);

    /// <summary>Eigen-decomposition of a symmetric matrix, eigenvalues ascending (LAPACK dsyevd).</summary>
    SymmetricEigen Eigen(Matrix<double> symmetric);

    /// <summary>
    /// The minimum-norm least-squares solution x = A⁺b, singular values of A below <paramref name="rcond"/>·s_max treated
    /// as zero (LAPACK dgelsd, as numpy.linalg.lstsq). About twice as fast as <see cref="Svd"/>: U and V are never formed.
    /// </summary>
    LeastSquares MinNormLeastSquares(Matrix<double> a, Vector<double> b, double rcond);

    /// <summary>
    /// Least squares through a Householder QR (LAPACK dgeqrf, dormqr, dtrtrs, dtrtri), for A of full rank: the
    /// least-squares solution when m ≥ n, the minimum-norm solution when m &lt; n (then the QR is of Aᵀ). Returns R⁻¹ too,
    /// so that the caller can bound cond₂(A) ≤ ‖A‖_F·‖R⁻¹‖_F before trusting the solution. Null when R has a zero pivot.
    /// </summary>
    FullRankLeastSquares? QrLeastSquares(Matrix<double> a, Vector<double> b);

    /// <summary>Lower Cholesky factor L with A = L·Lᵀ (LAPACK dpotrf); throws if A is not positive definite.</summary>
    Matrix<double> Cholesky(Matrix<double> symmetric);

    /// <summary>Solves L·X = B (or Lᵀ·X = B when <paramref name="transpose"/>) for lower-triangular L (BLAS dtrsm).</summary>
    Matrix<double> SolveLower(Matrix<double> lower, Matrix<double> b, bool transpose);
}

/// <summary>A = U diag(S) Vᵀ with U: m×r, S: r, Vt: r×n, r = min(m, n).</summary>
public sealed record ThinSvd(Matrix<double> U, Vector<double> S, Matrix<double> Vt);

/// <summary>x = A⁺b with the singular values of A (descending) and the rank the cut-off kept.</summary>
public sealed record LeastSquares(Vector<double> Solution, Vector<double> SingularValues, int Rank);

/// <summary>x from a QR of A (or Aᵀ), and the inverse of its r×r upper-triangular factor R, r = min(m, n).</summary>
public sealed record FullRankLeastSquares(Vector<double> Solution, Matrix<double> InverseR);

/// <summary>A = Q diag(Values) Qᵀ, values ascending.</summary>
public sealed record SymmetricEigen(Vector<double> Values, Matrix<double> Vectors);

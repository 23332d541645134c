using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.LinearAlgebra;

/// <summary>MathNet's managed algorithms: always available, 15–20× slower than OpenBLAS on large SVDs.</summary>
public sealed class ManagedLinearAlgebra : ILinearAlgebra
{
    public static readonly ManagedLinearAlgebra Instance = new();

    public string Name => "managed";

    public Matrix<double> Multiply(Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB) =>
        (transposeA, transposeB) switch
        {
            (false, false) => a * b,
            (true, false) => a.TransposeThisAndMultiply(b),
            (false, true) => a.TransposeAndMultiply(b),
            _ => a.Transpose() * b.Transpose(),
        };

    public Matrix<double> OuterGram(Matrix<double> a) => a.TransposeAndMultiply(a);

    public ThinSvd Svd(Matrix<double> a)
    {
        var svd = a.Svd(computeVectors: true);
        int r = Math.Min(a.RowCount, a.ColumnCount);
        return new ThinSvd(svd.U.SubMatrix(0, a.RowCount, 0, r), svd.S.SubVector(0, r), svd.VT.SubMatrix(0, r, 0, a.ColumnCount));
    }

    public SymmetricEigen Eigen(Matrix<double> symmetric)
    {
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        return new SymmetricEigen(evd.EigenValues.Map(c => c.Real), evd.EigenVectors);
    }

    public LeastSquares MinNormLeastSquares(Matrix<double> a, Vector<double> b, double rcond)
    {
        var svd = Svd(a);
        double cutoff = rcond * (svd.S.Count > 0 ? svd.S[0] : 0);
        int rank = svd.S.Count(s => s > cutoff);
        var coordinates = svd.U.TransposeThisAndMultiply(b);
        for (int i = 0; i < coordinates.Count; i++) coordinates[i] = i < rank ? coordinates[i] / svd.S[i] : 0;
        return new LeastSquares(svd.Vt.TransposeThisAndMultiply(coordinates), svd.S, rank);
    }

    public Matrix<double> Cholesky(Matrix<double> symmetric) => symmetric.Cholesky().Factor;

    public Matrix<double> SolveLower(Matrix<double> lower, Matrix<double> b, bool transpose)
    {
        // Forward (or backward, for Lᵀ) substitution column by column.
        int n = lower.RowCount;
        var x = b.Clone();
        for (int c = 0; c < b.ColumnCount; c++)
        {
            if (!transpose)
            {
                for (int i = 0; i < n; i++)
                {
                    double s = x[i, c];
                    for (int j = 0; j < i; j++) s -= lower[i, j] * x[j, c];
                    x[i, c] = s / lower[i, i];
                }
            }
            else
            {
                for (int i = n - 1; i >= 0; i--)
                {
                    double s = x[i, c];
                    for (int j = i + 1; j < n; j++) s -= lower[j, i] * x[j, c];
                    x[i, c] = s / lower[i, i];
                }
            }
        }
        return x;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.LinearAlgebra;

/// <summary>MathNet's managed algorithms: always available, 15–20× slower than OpenBLAS on large SVDs.</summary>
internal sealed class ManagedLinearAlgebra : ILinearAlgebra
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
        if (b.Count != a.RowCount) throw new ArgumentException($"MinNormLeastSquares: b has {b.Count} entries, A has {a.RowCount} rows.");
        var svd = Svd(a);
        double cutoff = rcond * (svd.S.Count > 0 ? svd.S[0] : 0);
        int rank = svd.S.Count(s => s > cutoff);
        var coordinates = svd.U.TransposeThisAndMultiply(b);
        for (int i = 0; i < coordinates.Count; i++) coordinates[i] = i < rank ? coordinates[i] / svd.S[i] : 0;
        return new LeastSquares(svd.Vt.TransposeThisAndMultiply(coordinates), svd.S, rank);
    }

    public FullRankLeastSquares? QrLeastSquares(Matrix<double> a, Vector<double> b)
    {
        int rows = a.RowCount, columns = a.ColumnCount;
        if (b.Count != rows) throw new ArgumentException($"QrLeastSquares: b has {b.Count} entries, A has {rows} rows.");
        int r = Math.Min(rows, columns);
        if (r == 0) return new FullRankLeastSquares(Vector<double>.Build.Dense(columns), Matrix<double>.Build.Dense(0, 0));
        bool tall = rows >= columns;
        var qr = (tall ? a : a.Transpose()).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var upper = qr.R;
        for (int i = 0; i < r; i++)
            if (upper[i, i] == 0) return null;
        var inverse = InvertUpper(upper);
        // tall: x = R⁻¹Qᵀb; wide (Aᵀ = QR): x = Q R⁻ᵀ b.
        var x = tall ? inverse * qr.Q.TransposeThisAndMultiply(b) : qr.Q * inverse.TransposeThisAndMultiply(b);
        return new FullRankLeastSquares(x, inverse);
    }

    // Back substitution against the identity, column by column: the inverse of an upper-triangular matrix is upper triangular.
    private static Matrix<double> InvertUpper(Matrix<double> upper)
    {
        int r = upper.RowCount;
        var inverse = Matrix<double>.Build.Dense(r, r);
        for (int c = 0; c < r; c++)
        {
            inverse[c, c] = 1 / upper[c, c];
            for (int i = c - 1; i >= 0; i--)
            {
                double s = 0;
                for (int j = i + 1; j <= c; j++) s += upper[i, j] * inverse[j, c];
                inverse[i, c] = -s / upper[i, i];
            }
        }
        return inverse;
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

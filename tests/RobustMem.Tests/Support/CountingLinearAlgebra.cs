using RobustMem.LinearAlgebra;

namespace RobustMem.Tests.Support;

/// <summary>Delegates to MathNet's managed code and counts calls, to see which backend a component really used.</summary>
internal sealed class CountingLinearAlgebra : ILinearAlgebra
{
    private readonly ILinearAlgebra _inner = ManagedLinearAlgebra.Instance;

    public int Calls { get; private set; }
    public string Name => "counting";

    /// <summary>Entries of the largest matrix a product or Gram took or returned: a streamed route must keep it below N×m.</summary>
    public long LargestMatrix { get; private set; }

    private T Count<T>(T result) { Calls++; return result; }

    private Matrix<double> Track(Matrix<double> result, params Matrix<double>[] inputs)
    {
        foreach (var m in inputs.Append(result)) LargestMatrix = Math.Max(LargestMatrix, (long)m.RowCount * m.ColumnCount);
        return result;
    }

    public Matrix<double> Multiply(Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB) => Count(Track(_inner.Multiply(a, transposeA, b, transposeB), a, b));
    public Matrix<double> OuterGram(Matrix<double> a) => Count(Track(_inner.OuterGram(a), a));
    public ThinSvd Svd(Matrix<double> a) => Count(_inner.Svd(a));
    public SymmetricEigen Eigen(Matrix<double> symmetric) => Count(_inner.Eigen(symmetric));
    public LeastSquares MinNormLeastSquares(Matrix<double> a, Vector<double> b, double rcond) => Count(_inner.MinNormLeastSquares(a, b, rcond));
    public FullRankLeastSquares? QrLeastSquares(Matrix<double> a, Vector<double> b) => Count(_inner.QrLeastSquares(a, b));
    public Matrix<double> Cholesky(Matrix<double> symmetric) => Count(_inner.Cholesky(symmetric));
    public Matrix<double> SolveLower(Matrix<double> lower, Matrix<double> b, bool transpose) => Count(_inner.SolveLower(lower, b, transpose));
}

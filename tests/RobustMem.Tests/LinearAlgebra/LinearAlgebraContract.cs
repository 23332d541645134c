using RobustMem.LinearAlgebra;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>
/// What every <see cref="ILinearAlgebra"/> must do, checked from the definitions (naive products, reconstructions,
/// orthogonality) so that one abstract class runs against every backend.
/// </summary>
public abstract class LinearAlgebraContract
{
    /// <summary>Backward-stable LAPACK-style routines on these well-conditioned 37×23 problems are exact to ~1e-14.</summary>
    private const double Tol = 1e-12;

    protected abstract ILinearAlgebra La { get; }

    public static readonly (bool A, bool B)[] Transposes = [(false, false), (true, false), (false, true), (true, true)];

    [Fact]
    public void Multiply_IsTheNaiveProduct()
    {
        foreach (var (transposeA, transposeB) in Transposes) Multiply(transposeA, transposeB);
    }

    private void Multiply(bool transposeA, bool transposeB)
    {
        var a = Draw.GaussianMatrix(transposeA ? 23 : 37, transposeA ? 37 : 23, 1);
        var b = Draw.GaussianMatrix(transposeB ? 19 : 23, transposeB ? 23 : 19, 2);
        var opA = transposeA ? a.Transpose() : a;
        var opB = transposeB ? b.Transpose() : b;
        var expected = Matrix<double>.Build.Dense(37, 19, (i, j) => Enumerable.Range(0, 23).Sum(l => opA[i, l] * opB[l, j]));
        Assert.True(MatrixGap.Of(La.Multiply(a, transposeA, b, transposeB), expected).RelativeFrobenius < Tol, $"transposes {transposeA}, {transposeB}");
    }

    [Fact]
    public void Multiply_HandlesEmptyAndMismatchedShapes()
    {
        Assert.Equal(0, La.Multiply(Matrix<double>.Build.Dense(0, 3), false, Draw.GaussianMatrix(3, 4, 1), false).RowCount);
        Assert.ThrowsAny<ArgumentException>(() => La.Multiply(Draw.GaussianMatrix(2, 3, 1), false, Draw.GaussianMatrix(4, 2, 2), false));
    }

    [Fact]
    public void OuterGram_IsAAtransposeAndSymmetric()
    {
        var a = Draw.GaussianMatrix(29, 11, 3);
        var g = La.OuterGram(a);
        Assert.True(MatrixGap.Of(g, a * a.Transpose()).RelativeFrobenius < Tol);
        Assert.Equal(g.ToColumnMajorArray(), g.Transpose().ToColumnMajorArray());
    }

    [Fact]
    public void AddOuterGramLower_AccumulatesAAtransposeInPlace_OnTheLowerTriangle()
    {
        var a = Draw.GaussianMatrix(29, 11, 3);
        var c = Draw.GaussianMatrix(29, 29, 4);
        var expected = c + a * a.Transpose();
        La.AddOuterGramLower(a, c);
        for (int j = 0; j < 29; j++)
            for (int i = j; i < 29; i++) Assert.True(Math.Abs(c[i, j] - expected[i, j]) <= Tol * (1 + Math.Abs(expected[i, j])), $"({i}, {j})");
        Assert.ThrowsAny<ArgumentException>(() => La.AddOuterGramLower(a, Matrix<double>.Build.Dense(28, 28)));
    }

    [Fact]
    public void MultiplyAdd_AccumulatesTheProductInPlace()
    {
        foreach (var (transposeA, transposeB) in Transposes)
        {
            var a = Draw.GaussianMatrix(transposeA ? 23 : 37, transposeA ? 37 : 23, 1);
            var b = Draw.GaussianMatrix(transposeB ? 19 : 23, transposeB ? 23 : 19, 2);
            var c = Draw.GaussianMatrix(37, 19, 5);
            var expected = c + La.Multiply(a, transposeA, b, transposeB);
            La.MultiplyAdd(a, transposeA, b, transposeB, c);
            Assert.True(MatrixGap.Of(c, expected).RelativeFrobenius < Tol, $"transposes {transposeA}, {transposeB}");
        }
        Assert.ThrowsAny<ArgumentException>(() => La.MultiplyAdd(Draw.GaussianMatrix(2, 3, 1), false, Draw.GaussianMatrix(3, 2, 2), false, Matrix<double>.Build.Dense(3, 3)));
    }

    [Fact]
    public void Svd_ReconstructsWithOrthonormalFactors()
    {
        Svd(37, 23);
        Svd(23, 37);
        Svd(20, 20);
    }

    private void Svd(int rows, int columns)
    {
        var a = Draw.GaussianMatrix(rows, columns, 4);
        var svd = La.Svd(a);
        int r = Math.Min(rows, columns);
        Assert.Equal((rows, r), (svd.U.RowCount, svd.U.ColumnCount));
        Assert.Equal((r, columns), (svd.Vt.RowCount, svd.Vt.ColumnCount));
        Assert.True(MatrixGap.Of(svd.U * Matrix<double>.Build.DenseOfDiagonalVector(svd.S) * svd.Vt, a).RelativeFrobenius < Tol);
        Assert.True(MatrixGap.Of(svd.U.TransposeThisAndMultiply(svd.U), Matrix<double>.Build.DenseIdentity(r)).MeanAbsolute < Tol);
        Assert.True(MatrixGap.Of(svd.Vt * svd.Vt.Transpose(), Matrix<double>.Build.DenseIdentity(r)).MeanAbsolute < Tol);
        for (int i = 1; i < r; i++) Assert.True(svd.S[i] <= svd.S[i - 1]);
    }

    [Fact]
    public void Eigen_ReconstructsWithAscendingValues()
    {
        var b = Draw.GaussianMatrix(25, 40, 5);
        var s = b * b.Transpose();
        var e = La.Eigen(s);
        var rebuilt = e.Vectors * Matrix<double>.Build.DenseOfDiagonalVector(e.Values) * e.Vectors.Transpose();
        Assert.True(MatrixGap.Of(rebuilt, s).RelativeFrobenius < Tol);
        Assert.True(MatrixGap.Of(e.Vectors.TransposeThisAndMultiply(e.Vectors), Matrix<double>.Build.DenseIdentity(25)).MeanAbsolute < Tol);
        for (int i = 1; i < 25; i++) Assert.True(e.Values[i] >= e.Values[i - 1]);
    }

    [Fact]
    public void Cholesky_IsLowerAndReconstructs()
    {
        var b = Draw.GaussianMatrix(18, 30, 6);
        var s = b * b.Transpose();
        var l = La.Cholesky(s);
        for (int i = 0; i < 18; i++) for (int j = i + 1; j < 18; j++) Assert.Equal(0, l[i, j]);
        Assert.True(MatrixGap.Of(l * l.Transpose(), s).RelativeFrobenius < Tol);
    }

    [Fact]
    public void Cholesky_RejectsAnIndefiniteMatrix()
    {
        var s = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 1 } });
        Assert.ThrowsAny<Exception>(() => La.Cholesky(s));
    }

    [Fact]
    public void SolveLower_Solves()
    {
        SolveLower(false);
        SolveLower(true);
    }

    private void SolveLower(bool transpose)
    {
        var b = Draw.GaussianMatrix(15, 30, 7);
        var l = La.Cholesky(b * b.Transpose());
        var rhs = Draw.GaussianMatrix(15, 4, 8);
        var x = La.SolveLower(l, rhs, transpose);
        Assert.True(MatrixGap.Of((transpose ? l.Transpose() : l) * x, rhs).RelativeFrobenius < Tol);
    }

    [Fact]
    public void MinNormLeastSquares_IsThePseudoInverseSolution()
    {
        foreach (var (rows, columns) in new[] { (23, 37), (37, 23), (30, 30) })
        {
            var a = Draw.GaussianMatrix(rows, columns, 9);
            var b = Draw.GaussianMatrix(rows, 1, 10).Column(0);
            var ls = La.MinNormLeastSquares(a, b, 1e-12);
            var expected = a.PseudoInverse() * b;
            Assert.True((ls.Solution - expected).L2Norm() < Tol * expected.L2Norm(), $"{rows}x{columns}: x differs from A⁺b");
            Assert.Equal(Math.Min(rows, columns), ls.Rank);
            Assert.True((ls.SingularValues - a.Svd(false).S).L2Norm() < Tol * ls.SingularValues[0]);
        }
    }

    [Fact]
    public void MinNormLeastSquares_DropsSingularValuesBelowTheCutoff()
    {
        // Control: a rank-3 matrix has min-norm solution in its row space; without the cut-off the tiny directions blow up.
        var a = Draw.GaussianMatrix(12, 3, 11) * Draw.GaussianMatrix(3, 8, 12);
        var b = Draw.GaussianMatrix(12, 1, 13).Column(0);
        var ls = La.MinNormLeastSquares(a, b, 1e-10);
        Assert.Equal(3, ls.Rank);
        Assert.True((ls.Solution - a.PseudoInverse() * b).L2Norm() < 1e-8 * ls.Solution.L2Norm());
        // LAPACK reads rcond ≤ 0 as "machine precision", so the control uses a cut-off far below round-off instead.
        var uncut = La.MinNormLeastSquares(a, b, 1e-30);
        Assert.True(uncut.Rank > 3 && uncut.Solution.L2Norm() > 10 * ls.Solution.L2Norm(),
            $"with rcond = 1e-30 the round-off directions must be kept (rank {uncut.Rank}, norm {uncut.Solution.L2Norm():G3})");
    }

    [Fact]
    public void QrLeastSquares_IsThePseudoInverseSolution_AndInvertsR()
    {
        foreach (var (rows, columns) in new[] { (37, 23), (23, 37), (30, 30) })
        {
            var a = Draw.GaussianMatrix(rows, columns, 14);
            var b = Draw.GaussianMatrix(rows, 1, 15).Column(0);
            var qr = La.QrLeastSquares(a, b) ?? throw new Xunit.Sdk.XunitException($"{rows}x{columns}: a full-rank A was declined");
            var expected = a.PseudoInverse() * b;
            Assert.True((qr.Solution - expected).L2Norm() < Tol * expected.L2Norm(), $"{rows}x{columns}: x differs from A⁺b");
            // R = QᵀA (or QᵀAᵀ) has A's singular values, so R⁻¹ has their reciprocals, and it is upper triangular.
            int r = Math.Min(rows, columns);
            var reciprocal = a.Svd(false).S.Map(s => 1 / s).ToArray();
            System.Array.Sort(reciprocal, (x, y) => y.CompareTo(x));
            var inverseSingular = qr.InverseR.Svd(false).S;
            for (int i = 0; i < r; i++) Assert.Equal(reciprocal[i], inverseSingular[i], Tol * reciprocal[0]);
            for (int j = 0; j < r; j++)
                for (int i = j + 1; i < r; i++) Assert.Equal(0, qr.InverseR[i, j]);
        }
    }

    [Fact]
    public void QrLeastSquares_DeclinesAZeroPivot()
    {
        // Control: an exactly zero column leaves a zero on R's diagonal; there is no full-rank solution to give.
        var a = Draw.GaussianMatrix(12, 8, 16);
        a.ClearColumn(0);
        Assert.Null(La.QrLeastSquares(a, Draw.Gaussian(12, 17)));
        Assert.Null(La.QrLeastSquares(a.Transpose(), Draw.Gaussian(8, 18)));
    }

    [Fact]
    public void LeastSquares_RejectARightHandSideOfTheWrongLength()
    {
        var a = Draw.GaussianMatrix(6, 4, 19);
        Assert.Contains("b has 5 entries", Assert.ThrowsAny<ArgumentException>(() => La.MinNormLeastSquares(a, Draw.Gaussian(5, 20), 1e-12)).Message);
        Assert.Contains("b has 5 entries", Assert.ThrowsAny<ArgumentException>(() => La.QrLeastSquares(a, Draw.Gaussian(5, 20))).Message);
    }
}

using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;
using RobustMem.Models;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>OpenBLAS and MathNet agree to 1e-10 relative on every operation (ILinearAlgebra's promise).</summary>
/// <remarks>Singular and eigen vectors are unique only up to sign (and rotation in a repeated eigenspace), so they are
/// compared through sign-invariant quantities: values, reconstructions and projectors U Uᵀ.</remarks>
public sealed class BackendEquivalenceTests
{
    private const double RelTol = 1e-10;

    private static ILinearAlgebra Native => NativeBackend.Required();
    private static ILinearAlgebra Managed => ManagedLinearAlgebra.Instance;

    [Fact] // a plain Fact: never skipped
    public void NativeBackend_IsAvailable_WhenCiIsTrue()
    {
        if (NativeBackend.InCi) Assert.True(NativeLinearAlgebra.IsAvailable(), "CI=true but the native backend did not load");
        else Assert.Equal(NativeLinearAlgebra.IsAvailable(), Backend.Select(null) is NativeLinearAlgebra);
    }

    [Fact]
    public void LapackStatus_IsReadAsLapackDefinesIt()
    {
        // info < 0: argument −info was illegal (our bug); info > 0: the routine did not converge; 0: success.
        NativeLinearAlgebra.Check("dgesdd", 0);
        Assert.Contains("dgesdd: argument 3 was invalid", Assert.Throws<InvalidOperationException>(() => NativeLinearAlgebra.Check("dgesdd", -3)).Message);
        Assert.Contains("dsyevd: did not converge (info = 2)", Assert.Throws<InvalidOperationException>(() => NativeLinearAlgebra.Check("dsyevd", 2)).Message);
    }

    [Fact]
    public void ManagedOverride_IsHonoured() => Assert.Same(ManagedLinearAlgebra.Instance, Backend.Select("managed"));

    [Fact]
    public void Multiply_Agrees()
    {
        foreach (var (ta, tb) in LinearAlgebraContract.Transposes) Multiply(ta, tb);
    }

    private static void Multiply(bool ta, bool tb)
    {
        var a = Draw.GaussianMatrix(ta ? 33 : 41, ta ? 41 : 33, 1);
        var b = Draw.GaussianMatrix(tb ? 27 : 33, tb ? 33 : 27, 2);
        AssertClose(Native.Multiply(a, ta, b, tb), Managed.Multiply(a, ta, b, tb), "multiply");
    }

    [Fact]
    public void MinNormLeastSquares_Agrees()
    {
        foreach (var (rows, columns) in new[] { (40, 25), (25, 40) })
        {
            var a = Draw.GaussianMatrix(rows, columns, 5);
            var b = Draw.GaussianMatrix(rows, 1, 6);
            var (n, m) = (Native.MinNormLeastSquares(a, b.Column(0), 1e-13), Managed.MinNormLeastSquares(a, b.Column(0), 1e-13));
            AssertClose(n.Solution.ToColumnMatrix(), m.Solution.ToColumnMatrix(), "least-squares solution");
            AssertClose(n.SingularValues.ToColumnMatrix(), m.SingularValues.ToColumnMatrix(), "least-squares singular values");
            Assert.Equal(n.Rank, m.Rank);
        }
    }

    [Fact]
    public void QrLeastSquares_Agrees()
    {
        foreach (var (rows, columns) in new[] { (40, 25), (25, 40), (32, 32) })
        {
            var a = Draw.GaussianMatrix(rows, columns, 8);
            var b = Draw.Gaussian(rows, 9);
            var (n, m) = (Native.QrLeastSquares(a, b)!, Managed.QrLeastSquares(a, b)!);
            AssertClose(n.Solution.ToColumnMatrix(), m.Solution.ToColumnMatrix(), "QR solution");
            // Householder signs may differ between implementations: R is unique up to the signs of its rows, R⁻¹ of its
            // columns, so R⁻¹R⁻ᵀ is the comparable quantity.
            AssertClose(n.InverseR.TransposeAndMultiply(n.InverseR), m.InverseR.TransposeAndMultiply(m.InverseR), "R⁻¹R⁻ᵀ");
        }
    }

    [Fact]
    public void OuterGram_Agrees()
    {
        var a = Draw.GaussianMatrix(31, 50, 3);
        AssertClose(Native.OuterGram(a), Managed.OuterGram(a), "outer gram");
    }

    [Fact]
    public void Svd_AgreesUpToSigns()
    {
        Svd(60, 25);
        Svd(25, 60);
    }

    private static void Svd(int rows, int columns)
    {
        var a = Draw.GaussianMatrix(rows, columns, 4);
        var (n, m) = (Native.Svd(a), Managed.Svd(a));
        AssertClose(n.S.ToColumnMatrix(), m.S.ToColumnMatrix(), "singular values");
        AssertClose(n.U * n.U.Transpose(), m.U * m.U.Transpose(), "left projector");
        AssertClose(n.Vt.Transpose() * n.Vt, m.Vt.Transpose() * m.Vt, "right projector");
        // Each singular pair (u_i, v_i) may flip sign jointly: u_i v_iᵀ is invariant.
        for (int i = 0; i < n.S.Count; i++)
            AssertClose(n.U.Column(i).OuterProduct(n.Vt.Row(i)), m.U.Column(i).OuterProduct(m.Vt.Row(i)), $"rank-one term {i}");
    }

    [Fact]
    public void SignInvariantComparison_StillCatchesAWrongVector()
    {
        // Control: the projector comparison is not vacuous; a perturbed U is told apart.
        var a = Draw.GaussianMatrix(30, 12, 4);
        var u = Native.Svd(a).U;
        var bent = u.Clone();
        bent[0, 0] += 1e-6;
        Assert.False(Close(u * u.Transpose(), bent * bent.Transpose(), out _));
        var flipped = u.Clone();
        flipped.SetColumn(0, -u.Column(0));
        Assert.True(Close(u * u.Transpose(), flipped * flipped.Transpose(), out var gap), $"a sign flip was not invariant: {gap:G3}");
    }

    [Fact]
    public void Eigen_AgreesUpToSigns()
    {
        var b = Draw.GaussianMatrix(30, 45, 5);
        var s = b * b.Transpose();
        var (n, m) = (Native.Eigen(s), Managed.Eigen(s));
        AssertClose(n.Values.ToColumnMatrix(), m.Values.ToColumnMatrix(), "eigenvalues");
        for (int i = 0; i < 30; i++)
            AssertClose(n.Vectors.Column(i).OuterProduct(n.Vectors.Column(i)), m.Vectors.Column(i).OuterProduct(m.Vectors.Column(i)), $"eigenprojector {i}");
    }

    [Fact]
    public void CholeskyAndSolveLower_Agree()
    {
        var b = Draw.GaussianMatrix(20, 35, 6);
        var s = b * b.Transpose();
        var rhs = Draw.GaussianMatrix(20, 3, 7);
        AssertClose(Native.Cholesky(s), Managed.Cholesky(s), "cholesky");
        var l = Managed.Cholesky(s);
        AssertClose(Native.SolveLower(l, rhs, false), Managed.SolveLower(l, rhs, false), "solve L");
        AssertClose(Native.SolveLower(l, rhs, true), Managed.SolveLower(l, rhs, true), "solve Lᵀ");
    }

    [Fact]
    public void WholeExperiment_Agrees()
    {
        WholeExperiment(Model.RandomFeatures, "relu");
        WholeExperiment(Model.NeuralTangent, "erf");
        WholeExperiment(Model.RandomFeatureKernel, "abs");
    }

    private static void WholeExperiment(Model model, string activation)
    {
        // End to end, below the threshold (well conditioned): the same measurement from either backend.
        var regime = new Regime(model, 20, 30, 40, Activation.Parse(activation), InputLaw.Sphere, TestPoints: 100, Seed: 3);
        var n = Experiment.Run(regime, 0, Native);
        var m = Experiment.Run(regime, 0, Managed);
        Assert.Equal(n.Rank, m.Rank);
        Assert.Equal(n.Sobolev, m.Sobolev, 1e-8 * m.Sobolev);
        Assert.Equal(n.TestError, m.TestError, 1e-8 * m.TestError);
        Assert.Equal(("openblas", "managed"), (n.Backend, m.Backend));
    }

    [Fact]
    public void FeatureMap_Agrees()
    {
        var w = Draw.Weights(40, 9, 1);
        var x = Draw.Points(InputLaw.Cube, 25, 9, 2);
        var v = Draw.Gaussian(40 * 9, 3);
        var native = new NeuralTangentMap(w, Activation.Tanh, Native);
        var managed = new NeuralTangentMap(w, Activation.Tanh, Managed);
        AssertClose(native.Gradients(x, v), managed.Gradients(x, v), "ntk gradients");
    }

    private static bool Close(Matrix<double> a, Matrix<double> b, out double gap)
    {
        gap = (a - b).FrobeniusNorm() / Math.Max(b.FrobeniusNorm(), double.Epsilon);
        return gap <= RelTol;
    }

    private static void AssertClose(Matrix<double> native, Matrix<double> managed, string what) =>
        Assert.True(Close(native, managed, out var gap), $"{what}: relative gap {gap:G3} > {RelTol}");
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.LinearAlgebra;

/// <summary>op(A)·x through a backend's gemm, for the few matrix-vector products on hot paths.</summary>
/// <remarks>An extension rather than an interface member: both backends get it from <see cref="ILinearAlgebra.Multiply"/>.</remarks>
internal static class MatrixVectorProduct
{
    /// <summary>op(A)·x, where op transposes when asked.</summary>
    public static Vector<double> Multiply(this ILinearAlgebra la, Matrix<double> a, bool transposeA, Vector<double> x) =>
        la.Multiply(a, transposeA, x.ToColumnMatrix(), false).Column(0);
}

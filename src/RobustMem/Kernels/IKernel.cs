using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Kernels;

/// <summary>An infinite-width kernel K(x, x′) = E_w[...] with w ~ N(0, I/d), the k → ∞ limit of a finite feature map.</summary>
public interface IKernel
{
    string Name { get; }

    /// <summary>K(x1_i, x2_t), an n1×n2 matrix.</summary>
    Matrix<double> Gram(Matrix<double> x1, Matrix<double> x2);

    /// <summary>∇_x f(x) for f(x) = Σ_i α_i K(x_i, x), at each row of <paramref name="points"/> (M×d).</summary>
    Matrix<double> Gradients(Matrix<double> train, Vector<double> alpha, Matrix<double> points);
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Seminorm;

/// <summary>The sensitivity S(x₀) = ‖∇_x f(x₀)‖ of a fitted model at one point (Bombari, Kiyani &amp; Mondelli 2023).</summary>
/// <remarks>
/// Their √d·‖∇_z f(z)‖ at z ~ N(0, I_d) is this at x₀ = z/√d, our Gaussian law: ∇_z f = ∇_x f/√d (THEORY.md §5).
/// The gradients argument is any "∇f at each row" function, as <c>FittedExperiment.Gradients</c> or
/// <see cref="Features.IFeatureMap.Gradients"/> with the coefficients bound.
/// </remarks>
internal static class Sensitivity
{
    /// <summary>‖∇f(x₀)‖.</summary>
    public static double At(Func<Matrix<double>, Matrix<double>> gradients, Vector<double> x0)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        Preconditions.CheckAllFinite(x0, nameof(x0));
        var g = gradients(Matrix<double>.Build.DenseOfRowVectors(x0));
        Preconditions.CheckShape(g.RowCount, 1, "gradient rows");
        Preconditions.CheckShape(g.ColumnCount, x0.Count, "gradient columns");
        return Preconditions.CheckAllFinite(g, "gradient").Row(0).L2Norm();
    }
}

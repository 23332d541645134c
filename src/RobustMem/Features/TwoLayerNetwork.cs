using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>
/// A fitted model written as the two-layer network f(x) = Σ_j a_j ψ(w_j·x) = aᵀψ(Wx), with every scale of the feature
/// map folded into the outer weights a (for random features a = v/√k): the parameters the laws on networks speak of.
/// </summary>
/// <param name="OuterWeights">a ∈ R^k, scales included.</param>
/// <param name="Weights">W, k×d, the first layer as drawn.</param>
/// <param name="Activation">ψ.</param>
public sealed record TwoLayerNetwork(Vector<double> OuterWeights, Matrix<double> Weights, Activation Activation)
{
    private readonly Lazy<double> _weightsNorm = new(() => SpectralNorm.Of(Weights));

    /// <summary>Width k.</summary>
    public int Width => Weights.RowCount;

    /// <summary>‖a‖₂.</summary>
    public double OuterNorm => OuterWeights.L2Norm();

    /// <summary>‖W‖_op, the largest singular value of W (<see cref="SpectralNorm"/>).</summary>
    public double WeightsOperatorNorm => _weightsNorm.Value;

    /// <summary>
    /// Lip(ψ)·‖a‖₂·‖W‖_op, an upper bound on Lip(f): ∇f(x) = Wᵀ(ψ′(Wx) ⊙ a), so ‖∇f(x)‖ ≤ ‖W‖_op·‖ψ′(Wx) ⊙ a‖ ≤
    /// ‖W‖_op·Lip(ψ)·‖a‖₂. Bubeck, Li &amp; Nagaraj (2021, COLT) prove it is ≳ √(n/k) for a network fitting n noisy points.
    /// </summary>
    public double LipschitzProxy => Activation.Lipschitz * OuterNorm * WeightsOperatorNorm;

    /// <summary>f at each row of <paramref name="x"/>: aᵀψ(Wx), computed from the parameters alone.</summary>
    public Vector<double> Predict(Matrix<double> x) => (x * Weights.Transpose()).Map(Activation.Value) * OuterWeights;
}

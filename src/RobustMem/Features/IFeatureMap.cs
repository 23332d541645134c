using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>A finite-width feature map Φ: R^d → R^m; the model f_v(x) = ⟨v, Φ(x)⟩ is linear in v.</summary>
public interface IFeatureMap
{
    /// <summary>Input dimension d.</summary>
    int InputDimension { get; }

    /// <summary>Feature dimension m (k for RF, kd for NTK).</summary>
    int Dimension { get; }

    /// <summary>The n×m feature matrix Z, one row Φ(x_i) per input row.</summary>
    Matrix<double> Features(Matrix<double> x);

    /// <summary>∇_x f_v at each row of <paramref name="x"/>, as an M×d matrix, computed analytically.</summary>
    Matrix<double> Gradients(Matrix<double> x, Vector<double> v);

    /// <summary>The Jacobians J(x) = ∂Φ/∂x stacked: row (point p, coordinate l) holds column l of J(x_p), an (M·d)×m matrix.</summary>
    /// <remarks>C = E[J Jᵀ] = (stacked)ᵀ(stacked)/M, the seminorm matrix of THEORY.md §1.</remarks>
    Matrix<double> StackedJacobians(Matrix<double> x);

    /// <summary>f_v as a two-layer network aᵀψ(Wx) when the map makes one (random features), else null (NTK features are a linearization, not such a network).</summary>
    TwoLayerNetwork? AsNetwork(Vector<double> v) => null;
}

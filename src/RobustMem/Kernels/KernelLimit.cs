using RobustMem.Activations;
using RobustMem.LinearAlgebra;

namespace RobustMem.Kernels;

/// <summary>The infinite-width kernel of a finite model: the closed form where one exists, else Gauss–Hermite quadrature.</summary>
internal static class KernelLimit
{
    /// <summary>K_RF for σ at weight scale s (null: 1/√d).</summary>
    public static InnerProductKernel RandomFeature(Activation activation, int inputDimension, double? weightSd = null, ILinearAlgebra? la = null) =>
        RandomFeatureKernel.HasClosedForm(activation)
            ? new RandomFeatureKernel(activation, inputDimension, la, weightSd)
            : new QuadratureRandomFeatureKernel(activation, inputDimension, la, weightSd);

    /// <summary>K_NTK for σ at weight scale s (null: 1/√d).</summary>
    public static InnerProductKernel NeuralTangent(Activation activation, int inputDimension, double? weightSd = null, ILinearAlgebra? la = null) =>
        RandomFeatureKernel.HasClosedForm(activation)
            ? new NeuralTangentKernel(activation, inputDimension, la, weightSd)
            : new QuadratureNeuralTangentKernel(activation, inputDimension, la, weightSd);
}

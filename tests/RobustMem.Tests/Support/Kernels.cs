using RobustMem.Activations;
using RobustMem.Kernels;

namespace RobustMem.Tests.Support;

/// <summary>The closed-form kernels under test, by model name ("rf" or "ntk") and activation.</summary>
internal static class Kernels
{
    public static readonly string[] Closed = ["relu", "abs", "erf", "quadratic", "cos"];

    /// <summary>The smooth activations without a closed form, whose kernels are Gauss–Hermite quadratures.</summary>
    public static readonly string[] Quadrature = ["tanh", "softplus"];

    public static InnerProductKernel Create(string model, string activation, int d, double? weightSd = null) => model switch
    {
        "rf" => KernelLimit.RandomFeature(Activation.Parse(activation), d, weightSd),
        "ntk" => KernelLimit.NeuralTangent(Activation.Parse(activation), d, weightSd),
        _ => throw new ArgumentException(model),
    };
}

using RobustMem.Activations;
using RobustMem.Kernels;

namespace RobustMem.Tests.Support;

/// <summary>The closed-form kernels under test, by model name ("rf" or "ntk") and activation.</summary>
internal static class Kernels
{
    public static readonly string[] Closed = ["relu", "abs", "erf", "quadratic"];

    public static InnerProductKernel Create(string model, string activation, int d) => model switch
    {
        "rf" => new RandomFeatureKernel(Activation.Parse(activation), d),
        "ntk" => new NeuralTangentKernel(Activation.Parse(activation), d),
        _ => throw new ArgumentException(model),
    };
}

using RobustMem.Experiments;

namespace RobustMem.Verdicts;

/// <summary>The paper's lower bound for a model, as text and as its exponent in the width k.</summary>
/// <remarks>THEORY.md §2: √n for random features and both kernels (claims I, II), √(n/k) for finite NTK (claim III).</remarks>
public static class BoundLaw
{
    /// <summary>"√n" or "√(n/k)".</summary>
    public static string Text(ModelKind model) => model switch
    {
        ModelKind.RandomFeatures or ModelKind.RandomFeatureKernel or ModelKind.NeuralTangentKernel => "√n",
        ModelKind.NeuralTangent => "√(n/k)",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "no bound is known for this model"),
    };

    /// <summary>β in bound ∝ k^β at fixed n: 0 for random features, −1/2 for NTK; kernels have no width.</summary>
    public static double ExponentInK(ModelKind model) => model switch
    {
        ModelKind.RandomFeatures => 0,
        ModelKind.NeuralTangent => -0.5,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "a kernel has no width k"),
    };
}

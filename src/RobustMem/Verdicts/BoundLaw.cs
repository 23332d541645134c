using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Verdicts;

/// <summary>The paper's lower bound for a model, as text and as its exponent in the width k.</summary>
/// <remarks>THEORY.md §2: √n for random features and both kernels (claims I, II), √(n/k) for finite NTK (claim III).</remarks>
internal static class BoundLaw
{
    /// <summary>"√n" or "√(n/k)".</summary>
    public static string Text(Model model) => model.Claim.Bound.Symbol;

    /// <summary>β in bound ∝ k^β at fixed n: 0 for random features, −1/2 for NTK; kernels have no width.</summary>
    public static double ExponentInK(Model model) =>
        model.HasWidth ? model.Claim.Bound.ExponentInK : throw new ArgumentOutOfRangeException(nameof(model), model.Name, "the model has no width k");
}

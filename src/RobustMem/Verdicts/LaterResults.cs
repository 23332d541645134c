using RobustMem.Claims;

namespace RobustMem.Verdicts;

/// <summary>The disagreements between a measured exponent and the paper's statement, each with the work that explains it, if any.</summary>
/// <remarks>The shared THEORY.md §5 summarises the later results; a disagreement no later work explains says so instead of naming one.</remarks>
internal static class LaterResults
{
    /// <summary>Bombari, Kiyani &amp; Mondelli: NTK min-norm attains √(N d/p) = √(n/k) only for even activations; non-even ones plateau in k.</summary>
    public const string NeuralTangentNonEven = "Bombari, Kiyani & Mondelli 2023, arXiv:2302.01629, NTK with non-even activations";

    /// <summary>What a disagreement says when no later result explains it.</summary>
    public const string Unexplained = "no later result known to explain it";

    /// <summary>The abstract's tightness statement for a bound, e.g. "√(n/k)".</summary>
    public static string Attains(string bound) => $"min-norm attains {bound} (abstract)";

    /// <summary>The abstract's lower bound, e.g. "every memorizer has S ≳ √n".</summary>
    public static string Bounds(string bound) => $"every memorizer has S ≳ {bound} (abstract)";

    /// <summary>A disagreement with the paper's tightness statement.</summary>
    public static Disagreement Tightness(string bound, string measured, string source) => new(Attains(bound), measured, source);

    /// <summary>A disagreement with the paper's lower bound.</summary>
    public static Disagreement LowerBound(string bound, string measured) => new(Bounds(bound), measured, Unexplained);
}

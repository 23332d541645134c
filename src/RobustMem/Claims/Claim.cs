namespace RobustMem.Claims;

/// <summary>One claim of the paper in testable form (THEORY.md §2): its id, statement, regime and what must hold.</summary>
public sealed record Claim(string Id, string Statement, string Hypotheses, string MustHold)
{
    public static readonly Claim InfiniteRandomFeatures = new("I-RF",
        "Theorem: infinite-width random features, d ≳ n.",
        "kernel interpolator of K_RF, σ > 0",
        "every memorizing f has S ≳ √n; min-norm attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0))");

    public static readonly Claim InfiniteNeuralTangent = new("I-NTK",
        "Theorem: infinite-width neural tangent kernel, d ≳ n.",
        "kernel interpolator of K_NTK, σ > 0",
        "every memorizing f has S ≳ √n; min-norm attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0))");

    public static readonly Claim FiniteRandomFeatures = new("II",
        "Theorem: finite-width random features, d and k proportional.",
        "n < k, σ > 0",
        "S ≳ √n for every memorizing model (frontier S*), attained by min-norm");

    public static readonly Claim FiniteNeuralTangent = new("III",
        "Theorem: finite-width neural tangent features, d and k proportional.",
        "n < kd, σ > 0",
        "S ≳ √(n/k) for every memorizing model (frontier S*); the paper says min-norm attains it, measured true for even activations only (THEORY.md §5)");

    public static readonly Claim Tightness = new("T",
        "Tightness of the lower bounds.",
        "interpolating finite model",
        "S(min-norm)/bound stays bounded as n and k grow, and S(min-norm)/S*(0) stays bounded");

    public static readonly Claim NoiseNecessary = new("N",
        "Label noise is necessary.",
        "σ = 0, target representable (relu, erf, tanh)",
        "S stays at a constant level (≲ ‖w*‖) at σ = 0, and is many times that at σ = 1");

    public static readonly Claim Generality = new("G",
        "Generality over laws and activations.",
        "every log-concave isotropic law (sphere, gaussian, cube, laplace), every activation",
        "the same √n scaling of min-norm S");

    public static readonly Claim Ridge = new("R",
        "Ridge regularization.",
        "λ across the Gram spectrum",
        "while the ridge model memorizes (train error ≤ σ̂²/2) S ≳ √n; past the spectrum memorization is lost and S falls below min-norm's; as λ → 0 the path recovers min-norm S");

    public static readonly Claim MultipleDescent = new("M",
        "Multiple descent (empirical in the paper).",
        "min-norm S of a finite model as a function of n",
        "S peaks at n = k (RF), at the rank of the NTK features, and at n = d for erf/tanh RF; the test error peaks at the same n");

    public static IReadOnlyList<Claim> All { get; } =
        [InfiniteRandomFeatures, InfiniteNeuralTangent, FiniteRandomFeatures, FiniteNeuralTangent, Tightness, NoiseNecessary, Generality, Ridge, MultipleDescent];

    /// <summary>The claim with this id; an unknown id throws, naming the known ones.</summary>
    public static Claim ById(string id) => All.SingleOrDefault(c => c.Id == id)
        ?? throw new ArgumentException($"no claim '{id}'; known: {string.Join(", ", All.Select(c => c.Id))}.", nameof(id));

    public override string ToString() => Id;
}

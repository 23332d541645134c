using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.SharperLawRows;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim U (THEORY.md §2): the universal law of robustness (Bubeck &amp; Sellke 2021, Theorem 3), on S and on a lower
/// estimate of Lip(f) (<see cref="UniversalLawCheck"/>). Its properties, regime family and controls:
/// properties/RobustMem.Properties/Claims/UniversalLaw/ (UniversalLawCases.cs, ClaimU_UniversalLaw.cs).
/// </summary>
internal static class UniversalLaw
{
    public static Claim Claim { get; } = new("U",
        "Theorem (Bubeck & Sellke 2021, arXiv:2105.12806, Thm. 3): isoperimetric inputs, noisy labels, p parameters.",
        "an interpolating finite model (p = k or kd), label noise σ = 1, gaussian or sphere inputs",
        "Lip(f) ≥ S ≳ √(nd/p), up to logarithmic factors and a constant")
    { Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 1 };

    /// <summary>
    /// The floor of S/√(nd/p) and of lipschitz_lower/√(nd/p) per model and activation: the lower edge only (the law is a
    /// lower bound). S/√(nd/p) sits far above it for tanh (mean 3.9 RF, 4.7 NTK). The relu NTK at k = 2 left the family:
    /// it does not always interpolate.
    /// </summary>
    public static BandTable<ModelActivation, Band> Floors { get; } = new("claim U", new Dictionary<ModelActivation, Band>
    {
        [new(Model.RandomFeatures, Activation.Relu)] = new Band(1.184, double.PositiveInfinity, Origin("S/√(nd/p) 2.19 (0.14), 23 regimes")),
        [new(Model.RandomFeatures, Activation.Tanh)] = new Band(0.864, double.PositiveInfinity, Origin("S/√(nd/p) 3.88 (0.33), 24 regimes")),
        [new(Model.NeuralTangent, Activation.Tanh)] = new Band(0.741, double.PositiveInfinity, Origin("S/√(nd/p) 4.72 (0.41), 19 regimes")),
    });

    /// <summary>The claim as a row of <c>robustmem laws</c>.</summary>
    public static Law Law { get; } = new("universal",
        "Lip(f) ≥ S ≳ √(nd/p) for a p-parameter model fitting noisy labels",
        "Bubeck & Sellke 2021, Thm. 3; claim U");

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Law, Model.RandomFeatures, LawCheck.Universal,
            new Regime(Model.RandomFeatures, D: 24, K: 64, N: 32, Activation.Relu, InputLaw.Gaussian, Noise: 1, TestPoints: 200),
            "claim U's family (ClaimCases.UniversalLaw.Family): k = 2n = 64, relu, gaussian, d = 24 ∈ [20, 32], n = 32, linear target, σ = 1; floor row 'rf relu'"),
        new LawRegime(Law, Model.NeuralTangent, LawCheck.Universal,
            new Regime(Model.NeuralTangent, D: 32, K: 2, N: 32, Activation.Tanh, InputLaw.Gaussian, Noise: 1, TestPoints: 200),
            "claim U's family (ClaimCases.UniversalLaw.Family): k = 2, tanh (a relu NTK with two neurons need not interpolate), d = 32, n = min(n, d) = 32; floor row 'ntk tanh'"),
        new LawNotApplicable(Law, Model.RandomFeatureKernel, "the law counts parameters: a kernel has no finite p, so √(nd/p) = 0 bounds nothing"),
        new LawNotApplicable(Law, Model.NeuralTangentKernel, "the law counts parameters: a kernel has no finite p, so √(nd/p) = 0 bounds nothing"),
    ];
}

using RobustMem.Activations;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.SharperLawRows;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim B-RF (THEORY.md §2, §5.2): Bombari, Kiyani &amp; Mondelli 2023 (arXiv:2302.01629), Theorem 1: random features with
/// μ₁ ≠ 0 — sensitivity does not fall with k (<see cref="SensitivityWidthCheck.Plateaus"/>). Its properties, regime family
/// and controls: properties/RobustMem.Properties/Claims/SharperRandomFeatures/ (SharperRandomFeaturesCases.cs, ClaimB_RandomFeatures.cs).
/// </summary>
internal static class SharperRandomFeatures
{
    public static Claim Claim { get; } = new("B-RF",
        "Theorem (Bombari, Kiyani & Mondelli 2023, §4, Thm. 1): random features, activation with μ₁ = E[gφ(g)] ≠ 0, k ≫ N.",
        "pure-noise labels, gaussian inputs, W rows N(0, I) in the harness's unit (pre-activations N(0, ‖x‖²)), k ≥ 16N",
        "S(4k)/S(k) stays near 1 (a decay like √(N/k) gives 1/2), and S approaches the kernel interpolator's: the universal law is not tight for RF")
    {
        Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 3,
        // The band of Q = S(4k)/S(k) and of S(4k)/S(kernel).
        PlateauBands = Table("B-RF", new()
        {
            [new(Model.RandomFeatures, Activation.Tanh)] = (new Band(0.849, 1.022, Origin("Q 0.931 (0.021), 47 regimes; √(N/k) decay gives 0.5")),
                new Band(0.981, 1.071, Origin("S(4k)/S(kernel) 1.025 (0.010), 47 regimes"))),
            [new(Model.RandomFeatures, Activation.Softplus)] = (new Band(0.847, 1.026, Origin("Q 0.932 (0.021), 53 regimes; √(N/k) decay gives 0.5")),
                new Band(0.979, 1.075, Origin("S(4k)/S(kernel) 1.026 (0.010), 53 regimes"))),
        }),
    };

    /// <summary>The claim as a row of <c>robustmem laws</c>.</summary>
    public static Law Law { get; } = new("sharper-rf",
        "RF, μ₁ ≠ 0: S plateaus in k at the kernel's; √(Nd/p) not attained",
        "Bombari, Kiyani & Mondelli 2023, Thm. 1; claim B-RF");

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Law, Model.RandomFeatures, LawCheck.Plateau(Claim),
            Setting(Model.RandomFeatures, d: 48, k: 256, n: 16, Activation.Tanh),
            "claim B-RF's family (ClaimCases.SharperRandomFeatures.Family): tanh (μ₁ ≈ 0.61 ≠ 0), d = 48, N = 16, k = 16N = 256 → 4k = 1024, the sharper laws' setting; band row 'rf tanh'"),
        new LawNotApplicable(Law, Model.NeuralTangent, "a theorem on random features; the NTK's are B-NTK-even and B-NTK-plateau"),
        new LawNotApplicable(Law, Model.RandomFeatureKernel, "stated in k and p = k; the kernel is the limit the finite RF is compared with (S(4k)/S(kernel) in rf's row)"),
        new LawNotApplicable(Law, Model.NeuralTangentKernel, "a theorem on random features, stated in k and p"),
    ];
}

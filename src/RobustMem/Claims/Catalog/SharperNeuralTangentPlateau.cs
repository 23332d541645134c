using RobustMem.Activations;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.SharperLawRows;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim B-NTK-plateau (THEORY.md §2, §5.2): observed in Bombari, Kiyani &amp; Mondelli 2023's figures (not a theorem): NTK
/// with tanh or softplus plateaus in k (<see cref="SensitivityWidthCheck.Plateaus"/>). Its properties, regime family and
/// controls: properties/RobustMem.Properties/Claims/SharperNeuralTangentPlateau/ (SharperNeuralTangentPlateauCases.cs, ClaimB_NeuralTangentPlateau.cs).
/// </summary>
internal static class SharperNeuralTangentPlateau
{
    public static Claim Claim { get; } = new("B-NTK-plateau",
        "Observed in the figures of Bombari, Kiyani & Mondelli 2023 (§5, Fig. 2–3), not a theorem: neural tangent features, tanh or softplus.",
        "pure-noise labels, gaussian inputs, W rows N(0, I) in the harness's unit",
        "S(4k)/S(k) stays near 1: the universal law is not attained")
    {
        Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 3,
        // The band of Q = S(4k)/S(k) and of S(4k)/S(kernel).
        PlateauBands = Table("B-NTK-plateau", new()
        {
            [new(Model.NeuralTangent, Activation.Tanh)] = (new Band(0.778, 1.036, Origin("Q 0.898 (0.032), 47 regimes; √(N/k) decay gives 0.5")),
                new Band(0.967, 1.104, Origin("S(4k)/S(kernel) 1.033 (0.015), 47 regimes"))),
            [new(Model.NeuralTangent, Activation.Softplus)] = (new Band(0.838, 1.059, Origin("Q 0.942 (0.026), 53 regimes; √(N/k) decay gives 0.5")),
                new Band(0.953, 1.085, Origin("S(4k)/S(kernel) 1.017 (0.014), 53 regimes"))),
        }),
    };

    /// <summary>The claim as a row of <c>robustmem laws</c>.</summary>
    public static Law Law { get; } = new("sharper-ntk-plateau",
        "NTK, tanh or softplus: S plateaus in k; √(Nd/p) not attained",
        "Bombari, Kiyani & Mondelli 2023, Figs. 2–3 (observed, not a theorem); claim B-NTK-plateau");

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Law, Model.NeuralTangent, LawCheck.Plateau(Claim),
            Setting(Model.NeuralTangent, d: 64, k: 8, n: 24, Activation.Tanh),
            "claim B-NTK-plateau's family (SharperLawSetting.NeuralTangent): tanh, d = 64, N = 24, k = 8 → 4k = 32, the sharper laws' setting; band row 'ntk tanh'"),
        new LawNotApplicable(Law, Model.RandomFeatures, "observed for NTK features; random features' is B-RF"),
        new LawNotApplicable(Law, Model.RandomFeatureKernel, "observed for NTK features, in k"),
        new LawNotApplicable(Law, Model.NeuralTangentKernel, "a plateau in k: a kernel has no width; it is the limit the finite NTK is compared with (S(4k)/S(kernel) in ntk's row)"),
    ];
}

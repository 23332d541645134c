using RobustMem.Activations;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.SharperLawRows;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim B-NTK-even (THEORY.md §2, §5.2): Bombari, Kiyani &amp; Mondelli 2023, Theorem 2: NTK with an even activation
/// attains √(Nd/p) (<see cref="SensitivityWidthCheck.Decays"/>). Its properties, regime family and controls:
/// properties/RobustMem.Properties/Claims/SharperNeuralTangentEven/ (SharperNeuralTangentEvenCases.cs, ClaimB_NeuralTangentEven.cs).
/// </summary>
internal static class SharperNeuralTangentEven
{
    public static Claim Claim { get; } = new("B-NTK-even",
        "Theorem (Bombari, Kiyani & Mondelli 2023, §5, Thm. 2): neural tangent features, even activation (φ′ odd), p = kd ≫ N.",
        "pure-noise labels, gaussian inputs, W rows N(0, I) in the harness's unit",
        "S ≍ √(Nd/p) = √(N/k): S/√(Nd/p) in a band and S(4k)/S(k) near 1/2; the universal law (and claim III) is attained")
    {
        Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 3,
        // The band of S/√(Nd/p), spanning both widths (at k and at 4k), and of Q = S(4k)/S(k). Seeds 0..399: the first
        // bands, from seeds 0..99, failed 2 of 200 out of sample (cos's Q has a longer lower tail).
        DecayBands = Table("B-NTK-even", new()
        {
            [new(Model.NeuralTangent, Activation.Cos)] = (new Band(1.084, 3.127, Origin0To399("S/√(Nd/p) 1.73 (0.10) at k, 1.95 (0.11) at 4k, 189 regimes")),
                new Band(0.474, 0.671, Origin0To399("Q 0.564 (0.039), 189 regimes; a plateau gives 1"))),
            [new(Model.NeuralTangent, Activation.Quadratic)] = (new Band(1.118, 3.190, Origin0To399("S/√(Nd/p) 1.85 (0.11) at k, 2.08 (0.10) at 4k, 211 regimes")),
                new Band(0.435, 0.730, Origin0To399("Q 0.564 (0.058), 211 regimes; a plateau gives 1"))),
        }),
    };

    /// <summary>The claim as a row of <c>robustmem laws</c>.</summary>
    public static Law Law { get; } = new("sharper-ntk-even",
        "NTK, even φ: S ≍ √(Nd/p), attained",
        "Bombari, Kiyani & Mondelli 2023, Thm. 2; claim B-NTK-even");

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Law, Model.NeuralTangent, LawCheck.Decay(Claim),
            Setting(Model.NeuralTangent, d: 64, k: 8, n: 24, Activation.Cos),
            "claim B-NTK-even's family (SharperLawSetting.NeuralTangent): cos (even), d = 64, N = 24, k = 8 → 4k = 32, the sharper laws' setting; band row 'ntk cos'"),
        new LawNotApplicable(Law, Model.RandomFeatures, "a theorem on NTK features; random features' is B-RF"),
        new LawNotApplicable(Law, Model.RandomFeatureKernel, "a theorem on NTK features, stated in p = kd"),
        new LawNotApplicable(Law, Model.NeuralTangentKernel, "stated in p = kd: a kernel has no finite p"),
    ];
}

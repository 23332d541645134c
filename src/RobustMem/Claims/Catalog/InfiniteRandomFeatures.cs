using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.ScalingRows;
using static RobustMem.Claims.Subgroup;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim I-RF (THEORY.md §2): the infinite-width random-features kernel interpolator, Dohmatob 2021, Thms. 1–2. Its
/// properties, regime family and controls: properties/RobustMem.Properties/Claims/InfiniteRandomFeatures/ (InfiniteRandomFeaturesCases.cs, Claim1_InfiniteRandomFeatures.cs).
/// </summary>
internal static class InfiniteRandomFeatures
{
    public static Claim Claim { get; } = new("I-RF",
        "Theorem: infinite-width random features, d ≳ n.",
        "kernel interpolator of K_RF, σ > 0",
        "every memorizing f has S ≳ √n; min-norm attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0))")
    {
        Bound = ClaimBound.SqrtN, Scale = ClaimScale.LeadingOrderConstant, Repeats = 1,
        ScalingBands = Table("I-RF", new()
        {
            [Kernel(Activation.Abs)] = Entry(207, 0.770, 1.376, 0.920, 1.088, 0.726, 1.300),
            [Kernel(Activation.Relu)] = Entry(193, 0.776, 1.274, 0.901, 1.119, 0.787, 1.296),
        }),
    };

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Dohmatob.Law, Model.RandomFeatureKernel, LawCheck.Scaling(Claim),
            new Regime(Model.RandomFeatureKernel, D: 160, K: 1, N: 20, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim I's fast family (ClaimCases.InfiniteRandomFeatures.InfiniteWidth): n = 20, d = 8n so that d ≥ 2·4n, where THEORY.md §3's constant holds; relu on the sphere; band row 'relu'"),
    ];
}

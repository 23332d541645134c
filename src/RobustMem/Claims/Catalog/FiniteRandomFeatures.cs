using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.ScalingRows;
using static RobustMem.Claims.Subgroup;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim II (THEORY.md §2): finite-width random features, Dohmatob 2021, Thms. 1–2: S ≳ √n for min-norm (<see
/// cref="ScalingCheck"/>) and for the best memorizer (<see cref="FrontierCheck"/>, whose bands it shares with claim III).
/// Its properties, regime families and controls: properties/RobustMem.Properties/Claims/FiniteRandomFeatures/ (FiniteRandomFeaturesCases.cs, Claim2_FiniteRandomFeatures.cs).
/// </summary>
internal static class FiniteRandomFeatures
{
    public static Claim Claim { get; } = new("II",
        "Theorem: finite-width random features, d and k proportional.",
        "n < k, σ > 0",
        "S ≳ √n for every memorizing model (frontier S*), attained by min-norm")
    {
        Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise, ScalingRepeats = 4,
        ScalingBands = Table("II", new()
        {
            [Finite(Activation.Abs, InputLaw.Gaussian, 2)] = Entry(62, 1.002, 1.391, 0.986, 1.429, 0.800, 1.265),
            [Finite(Activation.Abs, InputLaw.Gaussian, 3)] = Entry(65, 0.833, 1.156, 0.827, 1.201, 0.808, 1.278),
            [Finite(Activation.Abs, InputLaw.Sphere, 2)] = Entry(131, 0.986, 1.381, 0.985, 1.424, 0.807, 1.277),
            [Finite(Activation.Abs, InputLaw.Sphere, 3)] = Entry(129, 0.825, 1.145, 0.814, 1.177, 0.801, 1.267),
            [Finite(Activation.Relu, InputLaw.Gaussian, 2)] = Entry(66, 0.953, 1.336, 0.881, 1.305, 0.734, 1.231),
            [Finite(Activation.Relu, InputLaw.Gaussian, 3)] = Entry(70, 0.861, 1.194, 0.760, 1.125, 0.712, 1.167),
            [Finite(Activation.Relu, InputLaw.Sphere, 2)] = Entry(138, 0.936, 1.300, 0.865, 1.272, 0.738, 1.226),
            [Finite(Activation.Relu, InputLaw.Sphere, 3)] = Entry(139, 0.834, 1.185, 0.747, 1.115, 0.711, 1.184),
        }),
    };

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Dohmatob.Law, Model.RandomFeatures, LawCheck.Scaling(Claim),
            new Regime(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim II's fast family (ClaimCases.FiniteRandomFeatures.Family): k = 160 = 2d, relu on the sphere (exact C), n = 24 with 4n = 96 ≤ 0.6k; band row 'relu sphere k/d=2'"),
    ];
}

using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.ScalingRows;
using static RobustMem.Claims.Subgroup;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim I-NTK (THEORY.md §2): the infinite-width neural tangent kernel interpolator, Dohmatob 2021, Thms. 1–2. Its
/// properties, regime family and controls: properties/RobustMem.Properties/Claims/InfiniteNeuralTangent/ (InfiniteNeuralTangentCases.cs, Claim1_InfiniteNeuralTangent.cs).
/// </summary>
internal static class InfiniteNeuralTangent
{
    public static Claim Claim { get; } = new("I-NTK",
        "Theorem: infinite-width neural tangent kernel, d ≳ n.",
        "kernel interpolator of K_NTK, σ > 0",
        "every memorizing f has S ≳ √n; min-norm attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0))")
    {
        Bound = ClaimBound.SqrtN, Scale = ClaimScale.LeadingOrderConstant, Repeats = 1,
        ScalingBands = Table("I-NTK", new()
        {
            [Kernel(Activation.Abs)] = Entry(207, 0.907, 1.099, 0.927, 1.078, 0.908, 1.104),
            [Kernel(Activation.Relu)] = Entry(193, 0.905, 1.081, 0.857, 1.038, 0.857, 1.061),
        }),
    };

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Dohmatob.Law, Model.NeuralTangentKernel, LawCheck.Scaling(Claim),
            new Regime(Model.NeuralTangentKernel, D: 160, K: 1, N: 20, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim I's fast family (ClaimCases.InfiniteRandomFeatures.InfiniteWidth): n = 20, d = 8n so that d ≥ 2·4n; relu on the sphere; band row 'relu'"),
    ];
}

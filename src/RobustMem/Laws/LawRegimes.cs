using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Laws;

/// <summary>
/// The representative regime of each law on each model class, for <c>robustmem laws</c>, and why a law does not apply
/// where it does not. Every regime sits inside the family its check's bands were calibrated on (the families are
/// properties/RobustMem.Properties/Regimes: <c>ClaimRegimes</c>, <c>SharperLawRegimes</c>; <c>Cases/ClaimCases.cs</c> says
/// which check runs on which); the bands are keyed tables that refuse anything else. Each is taken at the cheap end of
/// its family, so that the whole table runs in about a minute.
/// </summary>
internal static class LawRegimes
{
    /// <summary>Every law, in <see cref="Law.All"/>'s order, on <paramref name="model"/>: a regime to check, or why not.</summary>
    /// <remarks>A model registered from outside (an extension) has no calibrated bands: every law says so, rather than borrowing a paper model's regime.</remarks>
    public static IReadOnlyList<LawEntry> For(Model model) => Law.All.Select(law => Entry(law, model)).ToList();

    private static LawEntry Entry(Law law, Model model) =>
        Regimes.SingleOrDefault(r => r.Law == law && r.Model == model)
        ?? (LawEntry?)NotApplicable.SingleOrDefault(n => n.Law == law && n.Model == model)
        ?? new LawNotApplicable(law, model,
            $"no representative regime: the bands are calibrated for {string.Join(", ", Model.Standard.Select(m => m.Name))} only");

    /// <summary>Every (law, model) that is checked, with its regime at seed 0.</summary>
    public static IReadOnlyList<LawRegime> Regimes { get; } =
    [
        new(Law.Dohmatob, Model.RandomFeatures, LawCheck.Scaling(Claim.FiniteRandomFeatures),
            new Regime(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim II's fast family (ClaimRegimes.FiniteRandomFeatures): k = 160 = 2d, relu on the sphere (exact C), n = 24 with 4n = 96 ≤ 0.6k; band row 'II | relu sphere k/d=2'"),
        new(Law.Dohmatob, Model.NeuralTangent, LawCheck.Scaling(Claim.FiniteNeuralTangent),
            new Regime(Model.NeuralTangent, D: 24, K: 24, N: 40, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 500),
            "claim III's fast family (ClaimRegimes.FiniteNeuralTangent): k = d = 24, relu on the sphere, n = 40 with 4n = 160 ≤ 0.3d² = 172.8; band row 'III | relu sphere k/d=1'"),
        new(Law.Dohmatob, Model.RandomFeatureKernel, LawCheck.Scaling(Claim.InfiniteRandomFeatures),
            new Regime(Model.RandomFeatureKernel, D: 160, K: 1, N: 20, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim I's fast family (ClaimRegimes.InfiniteWidth): n = 20, d = 8n so that d ≥ 2·4n, where THEORY.md §3's constant holds; relu on the sphere; band row 'I-RF | relu'"),
        new(Law.Dohmatob, Model.NeuralTangentKernel, LawCheck.Scaling(Claim.InfiniteNeuralTangent),
            new Regime(Model.NeuralTangentKernel, D: 160, K: 1, N: 20, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim I's fast family (ClaimRegimes.InfiniteWidth): n = 20, d = 8n so that d ≥ 2·4n; relu on the sphere; band row 'I-NTK | relu'"),
        new(Law.DohmatobInTheWidth, Model.NeuralTangent, LawCheck.Width,
            new Regime(Model.NeuralTangent, D: 64, K: 4, N: 40, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 500),
            "claim III's width family, non-even activations (ClaimRegimes.FiniteNeuralTangentWidths): k = 4 → 8k = 32, d = 64 ≥ 2·8k, n = 40 ∈ [40, 48]; "
            + "relu, the paper's activation, where the abstract's 'attained' is what is in question; band row 'relu'"),
        new(Law.Universal, Model.RandomFeatures, LawCheck.Universal,
            new Regime(Model.RandomFeatures, D: 24, K: 64, N: 32, Activation.Relu, InputLaw.Gaussian, Noise: 1, TestPoints: 200),
            "claim U's family (SharperLawRegimes.Universal): k = 2n = 64, relu, gaussian, d = 24 ∈ [20, 32], n = 32, linear target, σ = 1; floor row 'rf relu'"),
        new(Law.Universal, Model.NeuralTangent, LawCheck.Universal,
            new Regime(Model.NeuralTangent, D: 32, K: 2, N: 32, Activation.Tanh, InputLaw.Gaussian, Noise: 1, TestPoints: 200),
            "claim U's family (SharperLawRegimes.Universal): k = 2, tanh (a relu NTK with two neurons need not interpolate), d = 32, n = min(n, d) = 32; floor row 'ntk tanh'"),
        new(Law.SharperRandomFeatures, Model.RandomFeatures, LawCheck.Plateau(Claim.SharperRandomFeatures),
            Sharper(Model.RandomFeatures, d: 48, k: 256, n: 16, Activation.Tanh),
            "claim B-RF's family (SharperLawRegimes.RandomFeatures): tanh (μ₁ ≈ 0.61 ≠ 0), d = 48, N = 16, k = 16N = 256 → 4k = 1024, the sharper laws' setting; band row 'B-RF | rf tanh'"),
        new(Law.SharperNeuralTangentEven, Model.NeuralTangent, LawCheck.Decay(Claim.SharperNeuralTangentEven),
            Sharper(Model.NeuralTangent, d: 64, k: 8, n: 24, Activation.Cos),
            "claim B-NTK-even's family (SharperLawRegimes.NeuralTangent): cos (even), d = 64, N = 24, k = 8 → 4k = 32, the sharper laws' setting; band row 'B-NTK-even | ntk cos'"),
        new(Law.SharperNeuralTangentPlateau, Model.NeuralTangent, LawCheck.Plateau(Claim.SharperNeuralTangentPlateau),
            Sharper(Model.NeuralTangent, d: 64, k: 8, n: 24, Activation.Tanh),
            "claim B-NTK-plateau's family (SharperLawRegimes.NeuralTangent): tanh, d = 64, N = 24, k = 8 → 4k = 32, the sharper laws' setting; band row 'B-NTK-plateau | ntk tanh'"),
        new(Law.BubeckLiNagaraj, Model.RandomFeatures, LawCheck.Scaling(Claim.BubeckLiNagaraj),
            new Regime(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim BLN on claim II's fast family (ClaimRegimes.FiniteRandomFeatures): k = 160 = 2d, relu (Lip 1) on the sphere, n = 24 with 4n = 96 ≤ 0.6k; band row 'BLN | relu sphere k/d=2'"),
    ];

    /// <summary>Every (law, paper model) that is not checked, and why the law says nothing there.</summary>
    public static IReadOnlyList<LawNotApplicable> NotApplicable { get; } =
    [
        new(Law.DohmatobInTheWidth, Model.RandomFeatures, "finite RF's bound √n has no k; RF in the width is claim B-RF's row"),
        new(Law.DohmatobInTheWidth, Model.RandomFeatureKernel, "a kernel has no width (k = ∞)"),
        new(Law.DohmatobInTheWidth, Model.NeuralTangentKernel, "a kernel has no width (k = ∞)"),
        new(Law.Universal, Model.RandomFeatureKernel, "the law counts parameters: a kernel has no finite p, so √(nd/p) = 0 bounds nothing"),
        new(Law.Universal, Model.NeuralTangentKernel, "the law counts parameters: a kernel has no finite p, so √(nd/p) = 0 bounds nothing"),
        new(Law.SharperRandomFeatures, Model.NeuralTangent, "a theorem on random features; the NTK's are B-NTK-even and B-NTK-plateau"),
        new(Law.SharperRandomFeatures, Model.RandomFeatureKernel, "stated in k and p = k; the kernel is the limit the finite RF is compared with (S(4k)/S(kernel) in rf's row)"),
        new(Law.SharperRandomFeatures, Model.NeuralTangentKernel, "a theorem on random features, stated in k and p"),
        new(Law.SharperNeuralTangentEven, Model.RandomFeatures, "a theorem on NTK features; random features' is B-RF"),
        new(Law.SharperNeuralTangentEven, Model.RandomFeatureKernel, "a theorem on NTK features, stated in p = kd"),
        new(Law.SharperNeuralTangentEven, Model.NeuralTangentKernel, "stated in p = kd: a kernel has no finite p"),
        new(Law.SharperNeuralTangentPlateau, Model.RandomFeatures, "observed for NTK features; random features' is B-RF"),
        new(Law.SharperNeuralTangentPlateau, Model.RandomFeatureKernel, "observed for NTK features, in k"),
        new(Law.BubeckLiNagaraj, Model.NeuralTangent, "a law on networks aᵀψ(Wx) with k neurons; NTK features are a linearization with no such (a, W)"),
        new(Law.BubeckLiNagaraj, Model.RandomFeatureKernel, "stated in the k neurons' (a, W): a kernel has no finite width"),
        new(Law.BubeckLiNagaraj, Model.NeuralTangentKernel, "stated in the k neurons' (a, W): a kernel has no finite width"),
        new(Law.SharperNeuralTangentPlateau, Model.NeuralTangentKernel, "a plateau in k: a kernel has no width; it is the limit the finite NTK is compared with (S(4k)/S(kernel) in ntk's row)"),
    ];

    // The sharper laws' setting (THEORY.md §5.2), as SharperLawRegimes draws it: gaussian inputs, W rows N(0, I), pure-noise
    // labels with σ = 1, 200 Monte Carlo points.
    private static Regime Sharper(Model model, int d, int k, int n, Activation sigma) =>
        new(model, D: d, K: k, N: n, sigma, InputLaw.Gaussian, Noise: 1, TestPoints: 200, WeightsSd: 1, Target: LabelTarget.None);
}

using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Laws;
using RobustMem.Models;
using static RobustMem.Claims.Catalog.ScalingRows;
using static RobustMem.Claims.Subgroup;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim BLN (THEORY.md §2): Bubeck, Li &amp; Nagaraj (COLT 2021, arXiv:2009.14444), the weak form they prove: a two-layer
/// network with k neurons that fits n noisy points has Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k), checked on finite random features
/// (W drawn, a fitted) by <see cref="ScalingCheck"/>. Its properties, regime family and controls:
/// properties/RobustMem.Properties/Claims/BubeckLiNagaraj/ (BubeckLiNagarajCases.cs, ClaimBLN_BubeckLiNagaraj.cs).
/// </summary>
/// <remarks>
/// The measured quantity is the spectral proxy (<see cref="Quantity.ParameterNormProxy"/>), an upper bound on Lip(f).
/// Their conjecture, Lip(f) itself ≳ √(n/k), is a statement about what <see cref="Quantity.LipschitzEstimate"/> (a
/// lower estimate of Lip(f)) is compared with; it is stated, not checked. Same scale and family as claim II, in whose
/// unit (σ̂_eff and min-norm's finite-width factor) the ratio sits near a constant; bands calibrated per subgroup.
/// </remarks>
internal static class BubeckLiNagaraj
{
    private const string Calibration =
        "calibrated per subgroup, seeds 0..199 of claim BLN's full and fast twins (2026-12-02, docs/results/data/calibration-bln.csv): exp(mean ± 4.5 sd) of the log";

    public static Claim Claim { get; } = new("BLN",
        "Theorem (Bubeck, Li & Nagaraj 2021, COLT, arXiv:2009.14444), weak form: a two-layer network Σ a_j ψ(w_j·x) with k neurons fitting n noisy points.",
        "finite random features (W drawn, a the min-norm fit), n < k, σ > 0, Lip(ψ) finite",
        "Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k) (proven); the conjecture Lip(f) ≳ √(n/k) is what the Lipschitz estimate Lip̂(f) is compared with (stated, not checked)")
    {
        Bound = ClaimBound.SqrtNOverK, Scale = ClaimScale.EffectiveNoise, Measures = Quantity.ParameterNormProxy,
        // The spectral proxy on claim II's family, generated the same way as claim II's rows, from its own run.
        ScalingBands = Table("BLN", new()
        {
            [Finite(Activation.Abs, InputLaw.Gaussian, 2)] = Entry(Calibration, 27, 20.280, 76.472, 21.094, 80.443, 0.725, 1.509),
            [Finite(Activation.Abs, InputLaw.Gaussian, 3)] = Entry(Calibration, 31, 21.381, 65.805, 23.705, 65.628, 0.729, 1.517),
            [Finite(Activation.Abs, InputLaw.Sphere, 2)] = Entry(Calibration, 59, 22.669, 63.830, 24.575, 63.225, 0.718, 1.495),
            [Finite(Activation.Abs, InputLaw.Sphere, 3)] = Entry(Calibration, 71, 21.347, 60.508, 23.092, 60.852, 0.723, 1.504),
            [Finite(Activation.Relu, InputLaw.Gaussian, 2)] = Entry(Calibration, 35, 26.220, 73.828, 33.827, 87.029, 0.763, 1.994),
            [Finite(Activation.Relu, InputLaw.Gaussian, 3)] = Entry(Calibration, 31, 24.853, 69.978, 34.778, 89.474, 0.852, 2.099),
            [Finite(Activation.Relu, InputLaw.Sphere, 2)] = Entry(Calibration, 71, 25.405, 71.532, 32.315, 83.137, 0.843, 1.754),
            [Finite(Activation.Relu, InputLaw.Sphere, 3)] = Entry(Calibration, 75, 24.765, 69.730, 34.285, 88.205, 0.868, 2.019),
        }),
    };

    /// <summary>The claim as a row of <c>robustmem laws</c>: the weak form they prove, on the spectral proxy of Lip(f).</summary>
    public static Law Law { get; } = new("bubeck-li-nagaraj",
        "Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k) for a k-neuron network fitting noisy labels; conjecture: Lip(f) ≳ √(n/k), what Lip̂(f) is compared with",
        "Bubeck, Li & Nagaraj 2021 (COLT, arXiv:2009.14444), weak form proven, Lip(f) conjectured; claim BLN");

    /// <summary>The claim's rows of <c>robustmem laws</c>: a regime per model class, or why its law does not apply (<see cref="LawRegimes"/>).</summary>
    public static IReadOnlyList<LawEntry> LawRows =>
    [
        new LawRegime(Law, Model.RandomFeatures, LawCheck.Scaling(Claim),
            new Regime(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1),
            "claim BLN on claim II's fast family (ClaimCases.FiniteRandomFeatures.Family): k = 160 = 2d, relu (Lip 1) on the sphere, n = 24 with 4n = 96 ≤ 0.6k; band row 'relu sphere k/d=2'"),
        new LawNotApplicable(Law, Model.NeuralTangent, "a law on networks aᵀψ(Wx) with k neurons; NTK features are a linearization with no such (a, W)"),
        new LawNotApplicable(Law, Model.RandomFeatureKernel, "stated in the k neurons' (a, W): a kernel has no finite width"),
        new LawNotApplicable(Law, Model.NeuralTangentKernel, "stated in the k neurons' (a, W): a kernel has no finite width"),
    ];
}

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
/// lower estimate of Lip(f)) is compared with; it is stated, not checked. Claim II's family; the scale is claim II's S
/// prediction times the proxy's slack over S (<see cref="ClaimScale.SpectralProxy"/>), so the ratio sits near 1;
/// bands calibrated per subgroup. Repeats 6: the proxy's spread is the seeds' (0.065 in log at 2 repeats, 0.03 at 8),
/// and at 2 a band of 4.5 sd let S × 1.25 through (power per suite run 0.28, 2026-12-02).
/// </remarks>
internal static class BubeckLiNagaraj
{
    private const string Calibration =
        "calibrated per subgroup, seeds 0..199 of claim BLN's full and fast twins, scale SpectralProxy, 6 repeats (2026-12-02, docs/results/data/calibration-bln.csv): exp(mean ± 4.5 sd) of the log";

    public static Claim Claim { get; } = new("BLN",
        "Theorem (Bubeck, Li & Nagaraj 2021, COLT, arXiv:2009.14444), weak form: a two-layer network Σ a_j ψ(w_j·x) with k neurons fitting n noisy points.",
        "finite random features (W drawn, a the min-norm fit), n < k, σ > 0, Lip(ψ) finite",
        "Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k) (proven); the conjecture Lip(f) ≳ √(n/k) is what the Lipschitz estimate Lip̂(f) is compared with (stated, not checked)")
    {
        Bound = ClaimBound.SqrtNOverK, Scale = ClaimScale.SpectralProxy, Measures = Quantity.ParameterNormProxy, Repeats = 6,
        // The spectral proxy on claim II's family, generated the same way as claim II's rows, from its own run.
        ScalingBands = Table("BLN", new()
        {
            [Finite(Activation.Abs, InputLaw.Gaussian, 2)] = Entry(Calibration, 27, 0.975, 1.344, 0.968, 1.445, 0.834, 1.280),
            [Finite(Activation.Abs, InputLaw.Gaussian, 3)] = Entry(Calibration, 31, 0.812, 1.119, 0.804, 1.201, 0.832, 1.277),
            [Finite(Activation.Abs, InputLaw.Sphere, 2)] = Entry(Calibration, 59, 0.968, 1.334, 0.962, 1.436, 0.835, 1.281),
            [Finite(Activation.Abs, InputLaw.Sphere, 3)] = Entry(Calibration, 71, 0.795, 1.096, 0.797, 1.191, 0.842, 1.293),
            [Finite(Activation.Relu, InputLaw.Gaussian, 2)] = Entry(Calibration, 35, 0.756, 1.127, 0.878, 1.440, 0.947, 1.566),
            [Finite(Activation.Relu, InputLaw.Gaussian, 3)] = Entry(Calibration, 31, 0.640, 0.904, 0.787, 1.295, 1.054, 1.673),
            [Finite(Activation.Relu, InputLaw.Sphere, 2)] = Entry(Calibration, 71, 0.755, 1.058, 0.878, 1.374, 0.960, 1.572),
            [Finite(Activation.Relu, InputLaw.Sphere, 3)] = Entry(Calibration, 75, 0.620, 0.915, 0.779, 1.292, 1.020, 1.739),
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

using FsCheck;
using FsCheck.Fluent;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;

namespace RobustMem.Properties.Regimes;

/// <summary>
/// The regimes of the sharper laws (THEORY.md §5.2): the setting of Bombari, Kiyani &amp; Mondelli 2023 in the harness's
/// unit — gaussian inputs, W rows N(0, I) (<c>--weights-sd 1</c>, pre-activations N(0, ‖x‖²)), pure-noise labels σξ with
/// σ = 1 — at sizes a property can afford. Their grid (d = 1000, N up to 1200) is <c>reproduce --full</c>'s.
/// </summary>
public static class SharperLawRegimes
{
    /// <summary>The sharper laws' weight scale in the harness's unit: 1.</summary>
    public const double WeightsSd = 1;

    /// <summary>
    /// Claim B-RF: tanh or softplus (μ₁ ≠ 0), d ∈ [48, 64], N ∈ [16, 24], k = 16N (the claim's k ≥ 16N) and 4k = 64N.
    /// d ≥ 48 keeps x²'s feature span, d(d + 1)/2 ≥ 1176, above 4k for the x² control, so that the control's decay is not
    /// cut short by saturation.
    /// </summary>
    public static RegimeFamily RandomFeatures(Activation[] activations) => new(
        $"rf {string.Join("/", activations.Select(a => a.Name))}, sharper laws (claim B-RF)",
        from sigma in Gen.Elements(activations)
        from d in Gen.Choose(48, 64)
        from n in Gen.Choose(16, 24)
        from seed in Seed
        select Sharper(Model.RandomFeatures, d, 16 * n, n, sigma, seed),
        r => r.Model == Model.RandomFeatures && activations.Contains(r.Sigma) && r.D >= 48 && r.D <= 64 && r.N >= 16 && r.N <= 24
             && r.K == 16 * r.N && IsSharper(r));

    /// <summary>
    /// Claims B-NTK: d ∈ [64, 72], N ∈ [24, 32] (N ≈ d/2 as in the paper's N ≤ 1.2d), k = 8 and 4k = 32, so p = kd runs
    /// from about 16N to 64N. 4k·d stays below x²'s NTK rank d(d + 1)/2 (2080 at d = 64 against 2048).
    /// </summary>
    public static RegimeFamily NeuralTangent(Activation[] activations) => new(
        $"ntk {string.Join("/", activations.Select(a => a.Name))}, sharper laws (claims B-NTK)",
        from sigma in Gen.Elements(activations)
        from d in Gen.Choose(64, 72)
        from n in Gen.Choose(24, 32)
        from seed in Seed
        select Sharper(Model.NeuralTangent, d, 8, n, sigma, seed),
        r => r.Model == Model.NeuralTangent && activations.Contains(r.Sigma) && r.D >= 64 && r.D <= 72 && r.N >= 24 && r.N <= 32
             && r.K == 8 && IsSharper(r));

    /// <summary>
    /// Claim U: interpolating finite models with √(nd/p) ≥ 3: RF with k = 2n (√(nd/p) = √(d/2)), relu or tanh; NTK with
    /// k = 2 (√(n/2)), tanh only: a relu NTK with two neurons has a point with both inactive with probability 1/4, whose
    /// features are all zero, so it does not interpolate (seed 407 of the out-of-sample run: training error 1.05).
    /// Gaussian or sphere inputs, the paper's linear target with σ = 1 and W rows N(0, I/d).
    /// </summary>
    public static RegimeFamily Universal { get; } = new(
        "rf and ntk, interpolating (claim U)",
        from model in Gen.Elements(Model.RandomFeatures, Model.NeuralTangent)
        from sigma in model == Model.RandomFeatures ? Gen.Elements(Activation.Relu, Activation.Tanh) : Gen.Constant(Activation.Tanh)
        from law in Gen.Elements(InputLaw.Gaussian, InputLaw.Sphere)
        from d in Gen.Choose(20, 32)
        from n in Gen.Choose(24, 40)
        from seed in Seed
        select new Regime(model, D: d, K: model == Model.RandomFeatures ? 2 * n : 2, N: model == Model.RandomFeatures ? n : Math.Min(n, d), sigma, law,
            Noise: 1, TestPoints: 200, Seed: seed),
        r => (r.Model == Model.RandomFeatures && r.K == 2 * r.N || r.Model == Model.NeuralTangent && r.K == 2 && r.N <= r.D && r.Sigma == Activation.Tanh)
             && r.D >= 20 && r.D <= 32 && r.N >= 20 && r.Noise == 1 && r.Ridge == 0);

    private static Regime Sharper(Model model, int d, int k, int n, Activation sigma, int seed) =>
        new(model, D: d, K: k, N: n, sigma, InputLaw.Gaussian, Noise: 1, TestPoints: 200, Seed: seed, WeightsSd: WeightsSd, Target: LabelTarget.None);

    private static bool IsSharper(Regime r) =>
        r.Law == InputLaw.Gaussian && r.Noise == 1 && r.Ridge == 0 && r.WeightsSd == WeightsSd && r.Target == LabelTarget.None;
}

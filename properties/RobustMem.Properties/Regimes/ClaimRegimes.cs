using FsCheck;
using FsCheck.Fluent;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;

namespace RobustMem.Properties.Regimes;

/// <summary>
/// One regime family per claim, drawn inside the claim's hypotheses (THEORY.md §2). Each check runs the regime at n
/// and at 4n, so every constraint below is stated for the larger size: 4n stays 10% or more below k, kd, the feature
/// rank, and d for erf and tanh. The fast variants draw the small end of the same ranges.
/// </summary>
/// <remarks>
/// The predicates' <c>r.Model == Model.…</c> state which model a family draws (its hypotheses), they pick no behaviour:
/// what a model does is its own <see cref="Model"/> subclass (registry: <see cref="ModelRegistry"/>), and which family a
/// claim draws from is said once, by its cases in <c>Cases/ClaimCases.cs</c> (the registry of claim cases). These are the
/// calibrated claims' families; a new claim's family lives in its nested class of <c>ClaimCases</c> (docs/how-to/
/// add-a-bound.md), so that these, and the regimes they generate, stay as calibrated.
/// </remarks>
public static class ClaimRegimes
{
    private static readonly Activation[] Homogeneous = [Activation.Relu, Activation.Abs];
    private static readonly InputLaw[] RotationInvariant = [InputLaw.Sphere, InputLaw.Gaussian];
    private static readonly InputLaw[] AllLaws = [InputLaw.Sphere, InputLaw.Gaussian, InputLaw.Cube, InputLaw.Laplace];

    /// <summary>
    /// Claim I: the kernel interpolator on the sphere, relu or abs, d ≥ 8n so that d ≥ 2·(4n) at the larger size: there
    /// THEORY.md §3's constant is within its stated 3–10%. At 4n = d the NTK's linear part κ′(0)XXᵀ absorbs noise along
    /// d directions and S/√n sits 15–20% below the constant (calibration, docs/results/calibration.md).
    /// </summary>
    public static RegimeFamily InfiniteWidth(Model kernel, bool fast) => new(
        $"{kernel.Name} (claim I{(fast ? ", fast" : "")})",
        from n in SmallFirst(20, fast ? 30 : 80)
        from q in Gen.Choose(8, 12)
        from sigma in Gen.Elements(Homogeneous)
        from seed in Seed
        select new Regime(kernel, D: q * n, K: 1, N: n, sigma, InputLaw.Sphere, Noise: 1, Seed: seed),
        r => r.Model == kernel && r.Law == InputLaw.Sphere && Homogeneous.Contains(r.Sigma) && r.N >= 20 && r.D >= 8 * r.N
             && r.Noise == 1 && r.Ridge == 0);

    /// <summary>
    /// Claim II: finite RF, k = 2d or 3d, relu or abs on a rotation-invariant law (exact C), 4n ≤ 0.6k, n ≥ 24. With
    /// <paramref name="frontier"/>, n ≥ 40: S*(σ̂²/2) fluctuates like 1/√n, and at n = 16 its 4n/n quotient spreads by ±0.17.
    /// </summary>
    public static RegimeFamily FiniteRandomFeatures(bool fast, bool frontier = false) => new(
        $"rf (claim II{(fast ? ", fast" : "")}{(frontier ? ", frontier" : "")})",
        from k in frontier ? Gen.Choose(270, fast ? 300 : 480) : fast ? Gen.Choose(160, 200) : SmallFirst(160, 400)
        from r in Gen.Elements(2, 3)
        from n in SmallFirst(frontier ? 40 : 24, (int)(0.15 * k))
        from sigma in Gen.Elements(Homogeneous)
        from law in Gen.Frequency((2, Gen.Constant(InputLaw.Sphere)), (1, Gen.Constant(InputLaw.Gaussian)))
        from seed in Seed
        select new Regime(Model.RandomFeatures, D: k / r, K: k, N: n, sigma, law, Noise: 1, Seed: seed),
        r => r.Model == Model.RandomFeatures && Homogeneous.Contains(r.Sigma) && RotationInvariant.Contains(r.Law)
             && r.K >= 160 && r.K >= 2 * r.D && r.K <= 3 * r.D + 2 && r.N >= (frontier ? 40 : 24) && 4 * r.N <= 0.6 * r.K && r.Noise == 1 && r.Ridge == 0);

    /// <summary>
    /// Claim III: finite NTK, k = d or 2d, relu or abs, n ≥ 40: below that the noise-driven S (≈ √n/2) is not yet far above
    /// the target's own ‖w*‖ = 1, and the σ = 0 control overlaps the band. 4n ≤ 0.3 d², which is 0.6 × d(d+1)/2, the
    /// dimension of the kernel's quadratic part: past it that part saturates too and S/√n drifts down by 20% (calibration
    /// at 4n ≤ 0.6 kd: quotient 0.81 ± 0.08 for relu, k = 2d). This also keeps 4n ≤ 0.6 kd.
    /// With <paramref name="frontier"/>, k = d ∈ [17, 20] and kd ≤ 400, so C can be estimated with M·d ≥ 40 kd points;
    /// there 4n ≤ 0.6 kd only. On the sphere: the scale (<see cref="LinearizedPrediction"/>) is THEORY.md §3's
    /// linearization, derived for unit-norm inputs; with gaussian inputs the NTK's ratios spread 1.5–2× wider (calibration
    /// of 2026-11-25, in the repository's history). Claim G carries the other laws, for random features.
    /// </summary>
    public static RegimeFamily FiniteNeuralTangent(bool fast, bool frontier = false) => new(
        $"ntk (claim III{(fast ? ", fast" : "")}{(frontier ? ", frontier" : "")})",
        from d in frontier ? Gen.Choose(17, 20) : Gen.Choose(24, fast ? 25 : 28)
        from r in frontier || fast ? Gen.Constant(1) : Gen.Elements(1, 2)
        from n in SmallFirst(40, (int)(frontier ? 0.15 * d * d : 0.075 * d * d))
        from sigma in Gen.Elements(Homogeneous)
        from seed in Seed
        select new Regime(Model.NeuralTangent, D: d, K: r * d, N: n, sigma, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: seed),
        r => r.Model == Model.NeuralTangent && Homogeneous.Contains(r.Sigma) && r.Law == InputLaw.Sphere
             && r.D >= 17 && (r.K == r.D || r.K == 2 * r.D) && (frontier ? r.K * r.D <= 400 : r.D >= 24 && 4 * r.N <= 0.3 * r.D * r.D)
             && r.N >= 40 && 4 * r.N <= 0.6 * r.K * r.D && r.Noise == 1 && r.Ridge == 0);

    /// <summary>
    /// Claim III in the width (<see cref="WidthCheck"/>): NTK on the sphere at k = 4 and 8k = 32, n fixed in [40, 48].
    /// n ≥ 40 as for the n-scaling family; n ≤ 0.2 × the feature rank at k = 4 (4d for relu and abs, 4d − 6 for quadratic),
    /// so the finite-width factor stays below 1.12; quadratic keeps 8k ≤ d/2 (d ∈ [128, 144] for k = 8…64), below the rank's saturation at k = d
    /// (measured: S/√(n/k) 1.89 at k = d/4, 2.08 at k = d/2 for d = 64); erf and tanh keep n ≤ d/2, below their
    /// nearly-linear threshold at n = d (THEORY.md §2, claim M), hence d ∈ [96, 112].
    /// </summary>
    /// <param name="even">Even activations (abs, quadratic) or the others (relu, erf, tanh).</param>
    /// <param name="fast">The small end of the ranges.</param>
    /// <param name="only">One activation of the class only (the curvature control needs quadratic, where σ″ ≠ 0).</param>
    public static RegimeFamily FiniteNeuralTangentWidths(bool even, bool fast, Activation? only = null) => new(
        $"ntk in the width, {only?.Name ?? (even ? "even" : "non-even")} activations (claim III{(fast ? ", fast" : "")})",
        from sigma in only is null ? Gen.Elements(even ? EvenNeuralTangent : NonEvenNeuralTangent) : Gen.Constant(only)
        from d in NearlyLinear(sigma) ? Gen.Choose(96, fast ? 100 : 112) : sigma == Activation.Quadratic ? Gen.Choose(128, fast ? 132 : 144) : Gen.Choose(64, fast ? 68 : 80)
        from n in Gen.Choose(40, 48)
        from seed in Seed
        select new Regime(Model.NeuralTangent, D: d, K: WidthStart(sigma), N: n, sigma, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: seed),
        r => r.Model == Model.NeuralTangent && r.Law == InputLaw.Sphere && r.K == WidthStart(r.Sigma) && r.Sigma.IsEven == even
             && (even ? EvenNeuralTangent : NonEvenNeuralTangent).Contains(r.Sigma) && (only is null || r.Sigma == only)
             && r.N >= 40 && r.N <= 48 && (NearlyLinear(r.Sigma) ? r.D >= 96 && 2 * r.N <= r.D : r.D >= 64 && WidthCheck.Growth * r.K * 2 <= r.D)
             && r.Noise == 1 && r.Ridge == 0);

    /// <summary>
    /// The narrow width of claim III's width family; the wide one is <see cref="WidthCheck.Growth"/> times it. Quadratic
    /// starts at 8: at k = 4 its feature rank is only 4d − 6 and R(k) spread by ±0.25 (Q 1.00 ± 0.12, calibration of
    /// docs/results/claims.md), too wide to reject an exponent 0.15 away from −1/2.
    /// </summary>
    public static int WidthStart(Activation sigma) => sigma == Activation.Quadratic ? 8 : 4;

    private static readonly Activation[] EvenNeuralTangent = [Activation.Abs, Activation.Quadratic];
    private static readonly Activation[] NonEvenNeuralTangent = [Activation.Relu, Activation.Erf, Activation.Tanh];

    /// <summary>Claim T: interpolating finite models whose frontier is cheap: exact-C RF (relu, abs) and small NTK (relu, kd ≤ 400).</summary>
    public static RegimeFamily Tightness(bool fast)
    {
        var rf = FiniteRandomFeatures(fast: true);
        var ntk = FiniteNeuralTangent(fast, frontier: true);
        return new($"rf + ntk (claim T{(fast ? ", fast" : "")})",
            Gen.Frequency((2, rf.Generator), (1, ntk.Generator)),
            r => rf.IsValid(r) || ntk.IsValid(r));
    }

    /// <summary>The broken-model control of claim T: quadratic NTK, where dropping σ″ = 1 drops half the gradient. k = d, 4n ≤ 0.6 d(d+1)/2, the feature rank.</summary>
    public static RegimeFamily QuadraticNeuralTangent => new("ntk quadratic (claim T control)",
        from d in Gen.Choose(12, 18)
        from n in SmallFirst(10, (int)(0.15 * d * (d + 1) / 2))
        from seed in Seed
        select new Regime(Model.NeuralTangent, D: d, K: d, N: n, Activation.Quadratic, InputLaw.Sphere, Noise: 1, TestPoints: QuadraticTestPoints, Seed: seed),
        r => r.Model == Model.NeuralTangent && r.Sigma == Activation.Quadratic && r.K == r.D && r.D >= 12 && r.D <= 18
             && r.N >= 10 && 4 * r.N <= 0.6 * r.D * (r.D + 1) / 2.0 && r.TestPoints == QuadraticTestPoints);

    /// <summary>2000 Monte Carlo points: the control's margin below t = 1 is ~0.27 and 4 standard errors must stay well inside it.</summary>
    private const int QuadraticTestPoints = 2000;

    /// <summary>
    /// Claim N: σ = 0 and a representable target, relu only, with n past d so that the noiseless S has levelled off at
    /// ‖w*‖ = 1: the relu RF and NTK kernels with n ∈ [3d, 4d] (no threshold at d for a relu kernel), and finite relu RF
    /// with k = 20d and n ∈ [2d, 3d], so 4n ≤ 0.6k. With n ≤ d/4 (the old family) S still grew ×1.9 from n to 4n.
    /// erf and tanh are left out: their features are nearly linear with rank ≈ d (claim M), so n past d crosses their
    /// interpolation threshold.
    /// </summary>
    public static RegimeFamily NoNoise(bool fast)
    {
        var kernels =
            from d in Gen.Choose(16, fast ? 18 : 24)
            from n in Gen.Choose(3 * d, 4 * d)
            from model in Gen.Elements(Model.RandomFeatureKernel, Model.NeuralTangentKernel)
            from seed in Seed
            select new Regime(model, D: d, K: 1, N: n, Activation.Relu, InputLaw.Sphere, Noise: 0, Seed: seed);
        var finite =
            from d in Gen.Choose(16, fast ? 17 : 20)
            from n in SmallFirst(2 * d, 3 * d)
            from law in Gen.Elements(RotationInvariant)
            from seed in Seed
            select new Regime(Model.RandomFeatures, D: d, K: 20 * d, N: n, Activation.Relu, law, Noise: 0, Seed: seed);
        return new($"σ = 0, n past d (claim N{(fast ? ", fast" : "")})",
            Gen.Frequency((1, kernels), (1, finite)),
            r => r.Noise == 0 && r.Ridge == 0 && r.Sigma == Activation.Relu && r.D >= 16 && (
                (r.Model.IsKernel && r.Law == InputLaw.Sphere && r.N >= 3 * r.D && r.N <= 4 * r.D) ||
                (r.Model == Model.RandomFeatures && r.K == 20 * r.D && RotationInvariant.Contains(r.Law)
                 && r.N >= 2 * r.D && 4 * r.N <= 0.6 * r.K)));
    }

    /// <summary>
    /// Claim G: finite RF with every activation and every law, n ≥ 24. erf and tanh keep 4n ≤ d/2: their features are
    /// nearly linear with rank ≈ d, and between d/2 and 0.9d the approach to that threshold alone lifts the 4n/n quotient
    /// to 1.4 ± 0.3 (calibration), which is the multiple-descent peak, not the √n law.
    /// </summary>
    public static RegimeFamily Generality(bool fast) => new(
        $"rf, all laws and activations (claim G{(fast ? ", fast" : "")})",
        from sigma in Gen.Elements(Activation.All.ToArray())
        from law in Gen.Frequency((1, Gen.Constant(InputLaw.Sphere)), (2, Gen.Elements(InputLaw.Gaussian, InputLaw.Cube, InputLaw.Laplace)))
        from d in NearlyLinear(sigma) ? Gen.Choose(200, fast ? 210 : 260) : Gen.Choose(80, fast ? 90 : 120)
        from r in Gen.Elements(2, 3)
        from n in SmallFirst(24, (int)Math.Min(0.15 * r * d, NearlyLinear(sigma) ? d / 8.0 : double.MaxValue))
        from seed in Seed
        select new Regime(Model.RandomFeatures, D: d, K: r * d, N: n, sigma, law, Noise: 1, Seed: seed),
        r => r.Model == Model.RandomFeatures && AllLaws.Contains(r.Law) && (r.K == 2 * r.D || r.K == 3 * r.D) && r.D >= 80
             && r.N >= 24 && 4 * r.N <= 0.6 * r.K && (!NearlyLinear(r.Sigma) || 8 * r.N <= r.D) && r.Noise == 1 && r.Ridge == 0);

    /// <summary>
    /// Claim R: relu/abs RF (finite, exact C; claim II's small family) and the relu/abs RF kernel (claim I's small family).
    /// λ is not drawn here: <see cref="RidgeCheck"/> places it across the regime's own Gram spectrum, which only the data
    /// fix. The old draw λ ∈ {1, 10, 100}·κ(1) sat above every eigenvalue (f ≈ 0); it is now the ConstantRidge control.
    /// </summary>
    public static RegimeFamily Ridge(bool fast)
    {
        var finite = FiniteRandomFeatures(fast: true);
        var kernel = InfiniteWidth(Model.RandomFeatureKernel, fast: true);
        return new($"ridge path (claim R{(fast ? ", fast" : "")})",
            fast ? finite.Generator : Gen.OneOf(finite.Generator, kernel.Generator),
            r => finite.IsValid(r) || kernel.IsValid(r));
    }

    private static bool NearlyLinear(Activation sigma) => sigma == Activation.Erf || sigma == Activation.Tanh;
}

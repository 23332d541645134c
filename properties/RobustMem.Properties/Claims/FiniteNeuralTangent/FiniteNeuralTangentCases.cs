using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;
using static RobustMem.Properties.Regimes.Hypotheses;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim III: finite neural tangent features, S ≳ √(n/k) in n (and for the best memorizer) and in the width.</summary>
    public static class FiniteNeuralTangent
    {
        // The width family's activations; declared first, the cases below read them as they are built.
        private static readonly Activation[] EvenNeuralTangent = [Activation.Abs, Activation.Quadratic];
        private static readonly Activation[] NonEvenNeuralTangent = [Activation.Relu, Activation.Erf, Activation.Tanh];

        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtNOverK { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtNOverK), fast: false);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes), fast: true);
        public static ClaimCase BestMemorizer_GrowsLikeSqrtNOverK { get; } = Best(nameof(BestMemorizer_GrowsLikeSqrtNOverK));
        public static ClaimCase NoNoise_FrontierDoesNotGrow { get; } = Best(nameof(NoNoise_FrontierDoesNotGrow), Control.NoLabelNoise);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtNOverK), fast: false, Control.NoLabelNoise);
        public static ClaimCase MinNorm_AttainsSqrtNOverK_ForEvenActivations { get; } = Width(nameof(MinNorm_AttainsSqrtNOverK_ForEvenActivations), even: true, fast: true);
        public static ClaimCase MinNorm_AttainsSqrtNOverK_ForQuadratic { get; } = Width(nameof(MinNorm_AttainsSqrtNOverK_ForQuadratic), even: true, fast: true, Activation.Quadratic);
        public static ClaimCase MinNorm_NotTight_ForNonEvenActivations { get; } = Width(nameof(MinNorm_NotTight_ForNonEvenActivations), even: false, fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK_InTheWidth { get; } = Width(nameof(NoNoise_DoesNotForceSqrtNOverK_InTheWidth), even: true, fast: false, control: Control.NoLabelNoise);
        public static ClaimCase NoCurvatureTerm_BreaksTheWidthLaw { get; } = Width(nameof(NoCurvatureTerm_BreaksTheWidthLaw), even: true, fast: false, Activation.Quadratic, Control.NoCurvatureTerm);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK_SmallRegimes { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtNOverK_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase MinNorm(string property, bool fast, Control? control = null) =>
            Case(Claim.FiniteNeuralTangent, property, Family(fast), Scaling(Claim.FiniteNeuralTangent), control);

        /// <summary>The best memorizer needs Monte Carlo C with kd ≤ 400, which only the full family's frontier sizes keep.</summary>
        private static ClaimCase Best(string property, Control? control = null) =>
            Case(Claim.FiniteNeuralTangent, property, Family(fast: false, frontier: true), Frontier(Claim.FiniteNeuralTangent), control);

        private static ClaimCase Width(string property, bool even, bool fast, Activation? only = null, Control? control = null) =>
            Case(Claim.FiniteNeuralTangent, property, Widths(even, fast, only), (r, c) => WidthCheck.Evaluate(r, c), control);

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
        public static RegimeFamily Family(bool fast, bool frontier = false) => new(
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
        public static RegimeFamily Widths(bool even, bool fast, Activation? only = null) => new(
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
    }
}

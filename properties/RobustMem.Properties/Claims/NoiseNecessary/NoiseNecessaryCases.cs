using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;
using static RobustMem.Properties.Regimes.Hypotheses;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim N: without label noise S stays at a constant level.</summary>
    public static class NoiseNecessary
    {
        public static ClaimCase NoNoise_SeminormStaysAtConstantLevel { get; } = Level(nameof(NoNoise_SeminormStaysAtConstantLevel), fast: false);
        public static ClaimCase NoNoise_SeminormStaysAtConstantLevel_SmallRegimes { get; } = Level(nameof(NoNoise_SeminormStaysAtConstantLevel_SmallRegimes), fast: true);
        public static ClaimCase LabelNoise_BreaksTheLevel { get; } = Level(nameof(LabelNoise_BreaksTheLevel), fast: true, Control.LabelNoise);

        private static ClaimCase Level(string property, bool fast, Control? control = null) =>
            Case(Claim.NoiseNecessary, property, Family(fast), (r, c) => NoiseCheck.Evaluate(r, c), control);

        /// <summary>
        /// Claim N: σ = 0 and a representable target, relu only, with n past d so that the noiseless S has levelled off at
        /// ‖w*‖ = 1: the relu RF and NTK kernels with n ∈ [3d, 4d] (no threshold at d for a relu kernel), and finite relu RF
        /// with k = 20d and n ∈ [2d, 3d], so 4n ≤ 0.6k. With n ≤ d/4 (the old family) S still grew ×1.9 from n to 4n.
        /// erf and tanh are left out: their features are nearly linear with rank ≈ d (claim M), so n past d crosses their
        /// interpolation threshold.
        /// </summary>
        public static RegimeFamily Family(bool fast)
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
    }
}

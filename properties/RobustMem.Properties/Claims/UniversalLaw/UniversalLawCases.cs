using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim U (Bubeck &amp; Sellke 2021, Theorem 3): S and lipschitz_lower at least c·√(nd/p).</summary>
    public static class UniversalLaw
    {
        /// <summary>
        /// Claim U: interpolating finite models with √(nd/p) ≥ 3: RF with k = 2n (√(nd/p) = √(d/2)), relu or tanh; NTK with
        /// k = 2 (√(n/2)), tanh only: a relu NTK with two neurons has a point with both inactive with probability 1/4, whose
        /// features are all zero, so it does not interpolate (seed 407 of the out-of-sample run: training error 1.05).
        /// Gaussian or sphere inputs, the paper's linear target with σ = 1 and W rows N(0, I/d). Declared before the cases,
        /// which read it as they are built.
        /// </summary>
        public static RegimeFamily Family { get; } = new(
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

        public static ClaimCase LipschitzAndSeminorm_AtLeastSqrtNdOverP { get; } = Law(nameof(LipschitzAndSeminorm_AtLeastSqrtNdOverP), Control.None);
        public static ClaimCase NoiselessLinearTarget_DoesNotForceIt { get; } = Law(nameof(NoiselessLinearTarget_DoesNotForceIt), Control.NoiselessLinearTarget);

        private static ClaimCase Law(string property, Control control) =>
            Case(Claim.UniversalLaw, property, Family, (r, c) => UniversalLawCheck.Evaluate(r, c), control);
    }
}

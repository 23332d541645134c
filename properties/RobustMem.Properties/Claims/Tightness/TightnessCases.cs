using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim T: min-norm within a bounded factor of the frontier S*(0).</summary>
    public static class Tightness
    {
        public static ClaimCase MinNorm_WithinBoundedFactorOfFrontier { get; } = Tight(nameof(MinNorm_WithinBoundedFactorOfFrontier), Family(fast: false));
        public static ClaimCase MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes { get; } = Tight(nameof(MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes), Family(fast: true));
        public static ClaimCase BrokenGradient_FallsBelowFrontier { get; } = Tight(nameof(BrokenGradient_FallsBelowFrontier), QuadraticNeuralTangent, Control.NoCurvatureTerm);

        private static ClaimCase Tight(string property, RegimeFamily family, Control? control = null) =>
            Case(Claim.Tightness, property, family, (r, c) => TightnessCheck.Evaluate(r, c), control);

        /// <summary>Claim T: interpolating finite models whose frontier is cheap: exact-C RF (relu, abs) and small NTK (relu, kd ≤ 400).</summary>
        public static RegimeFamily Family(bool fast)
        {
            var rf = FiniteRandomFeatures.Family(fast: true);
            var ntk = FiniteNeuralTangent.Family(fast, frontier: true);
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
    }
}

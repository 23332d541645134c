using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;
using static RobustMem.Properties.Regimes.Hypotheses;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim G: the √n law on every log-concave isotropic law and every activation.</summary>
    public static class Generality
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation { get; } = Every(nameof(MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation), fast: false);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes { get; } = Every(nameof(MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtN { get; } = Every(nameof(NoNoise_DoesNotForceSqrtN), fast: false, Control.NoLabelNoise);

        private static ClaimCase Every(string property, bool fast, Control? control = null) =>
            Case(Claim.Generality, property, Family(fast), Scaling(Claim.Generality), control);

        /// <summary>
        /// Claim G: finite RF with every activation and every law, n ≥ 24. erf and tanh keep 4n ≤ d/2: their features are
        /// nearly linear with rank ≈ d, and between d/2 and 0.9d the approach to that threshold alone lifts the 4n/n quotient
        /// to 1.4 ± 0.3 (calibration), which is the multiple-descent peak, not the √n law.
        /// </summary>
        public static RegimeFamily Family(bool fast) => new(
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
    }
}

using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;
using static RobustMem.Properties.Regimes.Hypotheses;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim II: finite random features, S ≳ √n for min-norm and for the best memorizer.</summary>
    public static class FiniteRandomFeatures
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtN), fast: false);
        public static ClaimCase BestMemorizer_GrowsLikeSqrtN { get; } = Best(nameof(BestMemorizer_GrowsLikeSqrtN), fast: false);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes), fast: true);
        public static ClaimCase BestMemorizer_GrowsLikeSqrtN_SmallRegimes { get; } = Best(nameof(BestMemorizer_GrowsLikeSqrtN_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtN { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtN), fast: false, Control.NoLabelNoise);
        public static ClaimCase LargeRidge_DoesNotForceSqrtN { get; } = MinNorm(nameof(LargeRidge_DoesNotForceSqrtN), fast: false, Control.LargeRidge);
        public static ClaimCase NoNoise_FrontierDoesNotGrow { get; } = Best(nameof(NoNoise_FrontierDoesNotGrow), fast: false, Control.NoLabelNoise);
        public static ClaimCase NoNoise_DoesNotForceSqrtN_SmallRegimes { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.NoLabelNoise);
        public static ClaimCase NoNoise_FrontierDoesNotGrow_SmallRegimes { get; } = Best(nameof(NoNoise_FrontierDoesNotGrow_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase MinNorm(string property, bool fast, Control? control = null) =>
            Case(Claim.FiniteRandomFeatures, property, Family(fast), Scaling(Claim.FiniteRandomFeatures), control);

        private static ClaimCase Best(string property, bool fast, Control? control = null) =>
            Case(Claim.FiniteRandomFeatures, property, Family(fast, frontier: true), Frontier(Claim.FiniteRandomFeatures), control);

        /// <summary>
        /// Claim II: finite RF, k = 2d or 3d, relu or abs on a rotation-invariant law (exact C), 4n ≤ 0.6k, n ≥ 24. With
        /// <paramref name="frontier"/>, n ≥ 40: S*(σ̂²/2) fluctuates like 1/√n, and at n = 16 its 4n/n quotient spreads by ±0.17.
        /// </summary>
        public static RegimeFamily Family(bool fast, bool frontier = false) => new(
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
    }
}

using RobustMem.Activations;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;
using static RobustMem.Properties.Regimes.SharperLawSetting;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim B-RF (Bombari, Kiyani &amp; Mondelli 2023, Theorem 1): RF sensitivity does not fall with k when μ₁ ≠ 0.</summary>
    public static class SharperRandomFeatures
    {
        public static ClaimCase MinNormSensitivity_PlateausInTheWidth { get; } = Plateau(nameof(MinNormSensitivity_PlateausInTheWidth), Control.None);
        public static ClaimCase QuadraticForTanh_KeepsFalling { get; } = Plateau(nameof(QuadraticForTanh_KeepsFalling), Control.QuadraticForTanh, [Activation.Tanh]);

        private static ClaimCase Plateau(string property, Control control, Activation[]? only = null) =>
            Case(Claim.SharperRandomFeatures, property, Family(only ?? [Activation.Tanh, Activation.Softplus]),
                (r, c) => SensitivityWidthCheck.Plateaus(Claim.SharperRandomFeatures, r, c), control);

        /// <summary>
        /// Claim B-RF: tanh or softplus (μ₁ ≠ 0), d ∈ [48, 64], N ∈ [16, 24], k = 16N (the claim's k ≥ 16N) and 4k = 64N.
        /// d ≥ 48 keeps x²'s feature span, d(d + 1)/2 ≥ 1176, above 4k for the x² control, so that the control's decay is not
        /// cut short by saturation.
        /// </summary>
        public static RegimeFamily Family(Activation[] activations) => new(
            $"rf {string.Join("/", activations.Select(a => a.Name))}, sharper laws (claim B-RF)",
            from sigma in Gen.Elements(activations)
            from d in Gen.Choose(48, 64)
            from n in Gen.Choose(16, 24)
            from seed in Seed
            select Sharper(Model.RandomFeatures, d, 16 * n, n, sigma, seed),
            r => r.Model == Model.RandomFeatures && activations.Contains(r.Sigma) && r.D >= 48 && r.D <= 64 && r.N >= 16 && r.N <= 24
                 && r.K == 16 * r.N && IsSharper(r));
    }
}

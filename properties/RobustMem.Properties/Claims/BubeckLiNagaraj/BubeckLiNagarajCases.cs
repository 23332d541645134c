namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim BLN (Bubeck, Li &amp; Nagaraj 2021), weak form: Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k) on finite random features, claim II's family.</summary>
    public static class BubeckLiNagaraj
    {
        public static ClaimCase MinNormProxy_GrowsLikeSqrtNOverK { get; } = Proxy(nameof(MinNormProxy_GrowsLikeSqrtNOverK), fast: false);
        public static ClaimCase MinNormProxy_GrowsLikeSqrtNOverK_SmallRegimes { get; } = Proxy(nameof(MinNormProxy_GrowsLikeSqrtNOverK_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK_SmallRegimes { get; } = Proxy(nameof(NoNoise_DoesNotForceSqrtNOverK_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase Proxy(string property, bool fast, Control? control = null) =>
            Case(Claim.BubeckLiNagaraj, property, FiniteRandomFeatures.Family(fast), Scaling(Claim.BubeckLiNagaraj), control);
    }
}

namespace RobustMem.Properties;

/// <summary>
/// Claim BLN (Bubeck, Li &amp; Nagaraj 2021, COLT, arXiv:2009.14444), the weak form they prove: a two-layer network with k
/// neurons that fits n noisy points has Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k). On finite random features (claim II's family), the
/// min-norm fit's spectral proxy over √(n/k), in units of σ̂_eff and the finite-width factor, stays in its band at n and
/// 4n; without label noise it does not. Their conjecture on Lip(f) itself is stated in the claim, not checked.
/// </summary>
public sealed class ClaimBLN_BubeckLiNagaraj
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormProxy_GrowsLikeSqrtNOverK_SmallRegimes() => ClaimCases.BubeckLiNagaraj.MinNormProxy_GrowsLikeSqrtNOverK_SmallRegimes.Asserted();

    /// <summary>The full family (k up to 400); the thorough profile only, the fast twin above draws from the same subgroups (1.4 s at 4 cases).</summary>
    [ClaimProperty(Thorough = true), Trait("Tier", "full")]
    public Property MinNormProxy_GrowsLikeSqrtNOverK() => ClaimCases.BubeckLiNagaraj.MinNormProxy_GrowsLikeSqrtNOverK.Asserted();

    /// <summary>Control: σ = 0 with the band of σ = 1; the proxy of a noiseless fit falls below its floor.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_DoesNotForceSqrtNOverK_SmallRegimes() => ClaimCases.BubeckLiNagaraj.NoNoise_DoesNotForceSqrtNOverK_SmallRegimes.Asserted();
}

namespace RobustMem.Properties;

/// <summary>
/// Claim I-RF (THEORY.md §2): for the infinite-width random-features kernel with d ≳ n and label noise σ > 0, every
/// memorizing model has S ≳ √n, and the min-norm interpolator attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0)).
/// </summary>
public sealed class Claim1_InfiniteRandomFeatures
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes() => ClaimCases.InfiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes.Asserted();

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_GrowsLikeSqrtN() => ClaimCases.InfiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN.Asserted();

    /// <summary>Control: the same regimes with σ = 0. S levels off at ≈ ‖w*‖, so S/√n falls out of the band.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_DoesNotForceSqrtN_SmallRegimes() => ClaimCases.InfiniteRandomFeatures.NoNoise_DoesNotForceSqrtN_SmallRegimes.Asserted();

    /// <summary>Control: σ = 0 on the full family, where CONTRIBUTING.md's calibration measured it (thorough profile).</summary>
    [ClaimProperty(Thorough = true), Trait("Tier", "full")]
    public Property NoNoise_DoesNotForceSqrtN() => ClaimCases.InfiniteRandomFeatures.NoNoise_DoesNotForceSqrtN.Asserted();

    /// <summary>Control: a ridge λ = 10 κ(1) stops memorization; the same band must then reject S.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property LargeRidge_DoesNotForceSqrtN_SmallRegimes() => ClaimCases.InfiniteRandomFeatures.LargeRidge_DoesNotForceSqrtN_SmallRegimes.Asserted();

    /// <summary>Control: λ = 10 κ(1) on the full family, where CONTRIBUTING.md's calibration measured it (thorough profile).</summary>
    [ClaimProperty(Thorough = true), Trait("Tier", "full")]
    public Property LargeRidge_DoesNotForceSqrtN() => ClaimCases.InfiniteRandomFeatures.LargeRidge_DoesNotForceSqrtN.Asserted();
}

namespace RobustMem.Properties;

/// <summary>
/// Claim II (THEORY.md §2): finite-width random features, d and k proportional, n &lt; k, σ > 0. Every memorizing model
/// (the exact frontier S*) has S ≳ √n, and min-norm attains it. C is the closed form (relu, abs; sphere, gaussian).
/// </summary>
public sealed class Claim2_FiniteRandomFeatures
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes() => ClaimCases.FiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes.Asserted();

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_GrowsLikeSqrtN() => ClaimCases.FiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN.Asserted();

    /// <summary>The bound holds for the best model reaching training error σ̂²/2, not only min-norm: S*(σ̂²/2)/√n does not shrink.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property BestMemorizer_GrowsLikeSqrtN_SmallRegimes() => ClaimCases.FiniteRandomFeatures.BestMemorizer_GrowsLikeSqrtN_SmallRegimes.Asserted();

    [ClaimProperty, Trait("Tier", "full")]
    public Property BestMemorizer_GrowsLikeSqrtN() => ClaimCases.FiniteRandomFeatures.BestMemorizer_GrowsLikeSqrtN.Asserted();

    /// <summary>Control: σ = 0 and the relu target is representable; min-norm S/√n leaves the band.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_DoesNotForceSqrtN_SmallRegimes() => ClaimCases.FiniteRandomFeatures.NoNoise_DoesNotForceSqrtN_SmallRegimes.Asserted();

    /// <summary>Control: σ = 0 on the full family, where the calibration measured it (thorough profile: 2.8 s at 4 cases).</summary>
    [ClaimProperty(Thorough = true), Trait("Tier", "full")]
    public Property NoNoise_DoesNotForceSqrtN() => ClaimCases.FiniteRandomFeatures.NoNoise_DoesNotForceSqrtN.Asserted();

    /// <summary>Control: σ = 0 on the frontier; nothing forces the best memorizer's S up.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_FrontierDoesNotGrow_SmallRegimes() => ClaimCases.FiniteRandomFeatures.NoNoise_FrontierDoesNotGrow_SmallRegimes.Asserted();

    /// <summary>Control: σ = 0 on the full family's frontier, where CONTRIBUTING.md's calibration measured it (thorough profile: 1.6 s at 4 cases).</summary>
    [ClaimProperty(Thorough = true), Trait("Tier", "full")]
    public Property NoNoise_FrontierDoesNotGrow() => ClaimCases.FiniteRandomFeatures.NoNoise_FrontierDoesNotGrow.Asserted();

    /// <summary>Control: a large ridge; min-norm's band rejects the regularized model.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property LargeRidge_DoesNotForceSqrtN() => ClaimCases.FiniteRandomFeatures.LargeRidge_DoesNotForceSqrtN.Asserted();
}

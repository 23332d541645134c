namespace RobustMem.Properties;

/// <summary>
/// Claim G (THEORY.md §2): the √n scaling holds for every log-concave isotropic law (sphere, gaussian, cube, laplace)
/// and every activation (relu, abs, erf, tanh, quadratic). Finite random features; S by Monte Carlo off the sphere.
/// </summary>
public sealed class ClaimG_Generality
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes() => ClaimCases.Generality.MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes.Asserted();

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation() => ClaimCases.Generality.MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation.Asserted();

    /// <summary>Control: σ = 0 on every law and activation (even ones still see σ_eff² = 1/d, far below the band).</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property NoNoise_DoesNotForceSqrtN() => ClaimCases.Generality.NoNoise_DoesNotForceSqrtN.Asserted();
}

namespace RobustMem.Properties;

/// <summary>
/// Claim R (THEORY.md §2) along the ridge path: with λ across the Gram spectrum, the ridge model obeys the lower bound
/// while it memorizes, loses memorization past the spectrum with S below min-norm's, and gives back min-norm as λ → 0.
/// </summary>
public sealed class ClaimR_Ridge
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes() => ClaimCases.Ridge.RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes.Asserted();

    [ClaimProperty, Trait("Tier", "full")]
    public Property RidgePath_ObeysTheBoundWhileItMemorizes() => ClaimCases.Ridge.RidgePath_ObeysTheBoundWhileItMemorizes.Asserted();

    /// <summary>Control: λ = 0 along the whole path; min-norm memorizes past the spectrum too, so the check must fail.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoRidge_KeepsMemorizing() => ClaimCases.Ridge.NoRidge_KeepsMemorizing.Asserted();

    /// <summary>Control: f ≡ 0, which passed the old claim R; it never memorizes and does not come back to min-norm.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property ZeroModel_IsNotARidgePath() => ClaimCases.Ridge.ZeroModel_IsNotARidgePath.Asserted();

    /// <summary>Control: λ = κ(1) wherever the path puts λ (the old claim R's draw); it never reaches the memorizing regime.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property ConstantRidge_NeverMemorizes() => ClaimCases.Ridge.ConstantRidge_NeverMemorizes.Asserted();
}

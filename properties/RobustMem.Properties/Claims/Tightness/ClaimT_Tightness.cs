namespace RobustMem.Properties;

/// <summary>
/// Claim T (THEORY.md §2, §4): the bounds are tight. t = S(min-norm)/S*(0), min-norm's seminorm over the smallest
/// seminorm of any interpolator, is at least 1 (a theorem) and stays bounded as n grows.
/// </summary>
public sealed class ClaimT_Tightness
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes() => ClaimCases.Tightness.MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes.Asserted();

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNorm_WithinBoundedFactorOfFrontier() => ClaimCases.Tightness.MinNorm_WithinBoundedFactorOfFrontier.Asserted();

    /// <summary>
    /// Control, a broken model: NTK gradients without the σ″ term (the published code's mistake). For the quadratic
    /// activation that drops half the gradient, so the "min-norm S" falls below S*(0), which no correct model can do.
    /// </summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property BrokenGradient_FallsBelowFrontier() => ClaimCases.Tightness.BrokenGradient_FallsBelowFrontier.Asserted();
}

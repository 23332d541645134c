namespace RobustMem.Properties;

/// <summary>
/// Claim B-RF (Bombari, Kiyani &amp; Mondelli 2023, §4, Theorem 1; THEORY.md §5.2): for random features whose activation
/// has μ₁ = E[gφ(g)] ≠ 0 (tanh, softplus), the min-norm interpolator's sensitivity does not fall with the width once
/// k ≥ 16N, and approaches the kernel interpolator's: the universal law √(Nd/p) is not attained by RF.
/// </summary>
public sealed class ClaimB_RandomFeatures
{
    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSensitivity_PlateausInTheWidth() => ClaimCases.SharperRandomFeatures.MinNormSensitivity_PlateausInTheWidth.Asserted();

    /// <summary>Control: x²/2 in place of tanh (μ₁ = 0); its RF sensitivity keeps falling with k, so the plateau band must fail.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property QuadraticForTanh_KeepsFalling() => ClaimCases.SharperRandomFeatures.QuadraticForTanh_KeepsFalling.Asserted();
}

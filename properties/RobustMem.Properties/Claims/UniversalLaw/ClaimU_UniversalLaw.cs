namespace RobustMem.Properties;

/// <summary>
/// Claim U, the universal law of robustness (Bubeck &amp; Sellke 2021, arXiv:2105.12806, Theorem 3; THEORY.md §5.2):
/// an interpolating finite model with p parameters on noisy labels has S, and a lower estimate of Lip(f), at least
/// c·√(nd/p), c calibrated per model class (the theorem's constant and logarithmic factors are not given).
/// </summary>
public sealed class ClaimU_UniversalLaw
{
    [ClaimProperty, Trait("Tier", "full")]
    public Property LipschitzAndSeminorm_AtLeastSqrtNdOverP() => ClaimCases.UniversalLaw.LipschitzAndSeminorm_AtLeastSqrtNdOverP.Asserted();

    /// <summary>Control: noiseless labels of the representable linear target; nothing forces √(nd/p), so the floor must fail.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property NoiselessLinearTarget_DoesNotForceIt() => ClaimCases.UniversalLaw.NoiselessLinearTarget_DoesNotForceIt.Asserted();
}

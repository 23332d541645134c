namespace RobustMem.Properties;

/// <summary>
/// Claim N (THEORY.md §2): label noise is necessary. At σ = 0 with a representable target (relu, erf, tanh), S stays at
/// a constant level (it rises towards ‖w*‖ = 1 and levels off); with σ = 1 the same regime's S is many times higher.
/// Tested by level, not slope: over small n the two can look alike in slope.
/// </summary>
public sealed class ClaimN_LabelNoiseNecessary
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_SeminormStaysAtConstantLevel_SmallRegimes() => ClaimCases.NoiseNecessary.NoNoise_SeminormStaysAtConstantLevel_SmallRegimes.Asserted();

    [ClaimProperty, Trait("Tier", "full")]
    public Property NoNoise_SeminormStaysAtConstantLevel() => ClaimCases.NoiseNecessary.NoNoise_SeminormStaysAtConstantLevel.Asserted();

    /// <summary>Control: σ = 1 in the σ = 0 regimes; the level bound must then fail, or it says nothing.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property LabelNoise_BreaksTheLevel() => ClaimCases.NoiseNecessary.LabelNoise_BreaksTheLevel.Asserted();
}

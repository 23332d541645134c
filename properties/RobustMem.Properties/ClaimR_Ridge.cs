namespace RobustMem.Properties;

/// <summary>
/// Claim R (THEORY.md §2): with a ridge λ > 0 memorization is lost (training error above σ̂²/2) and S stays small;
/// as λ → 0 the ridge path gives back the min-norm S.
/// </summary>
public sealed class ClaimR_Ridge
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property Ridge_LosesMemorizationAndKeepsSeminormSmall_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: true).Arbitrary, regime => RidgeCheck.Evaluate(regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property Ridge_LosesMemorizationAndKeepsSeminormSmall() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: false).Arbitrary, regime => RidgeCheck.Evaluate(regime).Holds());

    /// <summary>Control: λ = 0 in the same regimes; min-norm memorizes, so the check must fail.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoRidge_KeepsMemorizing() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: true).Arbitrary, regime => RidgeCheck.Evaluate(regime, Control.NoRidge).IsRejected());
}

namespace RobustMem.Properties;

/// <summary>
/// Claim R (THEORY.md §2) along the ridge path: with λ across the Gram spectrum, the ridge model obeys the lower bound
/// while it memorizes, loses memorization past the spectrum with S below min-norm's, and gives back min-norm as λ → 0.
/// </summary>
public sealed class ClaimR_Ridge
{
    [ClaimProperty, Trait("Tier", "fast")]
    public Property RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: true).Arbitrary, regime => RidgeCheck.Evaluate(regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property RidgePath_ObeysTheBoundWhileItMemorizes() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: false).Arbitrary, regime => RidgeCheck.Evaluate(regime).Holds());

    /// <summary>Control: λ = 0 along the whole path; min-norm memorizes past the spectrum too, so the check must fail.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoRidge_KeepsMemorizing() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: true).Arbitrary, regime => RidgeCheck.Evaluate(regime, Control.NoRidge).IsRejected());

    /// <summary>Control: f ≡ 0, which passed the old claim R; it never memorizes and does not come back to min-norm.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property ZeroModel_IsNotARidgePath() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: true).Arbitrary, regime => RidgeCheck.Evaluate(regime, Control.ZeroModel).IsRejected());

    /// <summary>Control: λ = κ(1) wherever the path puts λ (the old claim R's draw); it never reaches the memorizing regime.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property ConstantRidge_NeverMemorizes() =>
        Prop.ForAll(ClaimRegimes.Ridge(fast: true).Arbitrary, regime => RidgeCheck.Evaluate(regime, Control.ConstantRidge).IsRejected());
}

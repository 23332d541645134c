namespace RobustMem.Properties;

/// <summary>
/// Claim II (THEORY.md §2): finite-width random features, d and k proportional, n &lt; k, σ > 0. Every memorizing model
/// (the exact frontier S*) has S ≳ √n, and min-norm attains it. C is the closed form (relu, abs; sphere, gaussian).
/// </summary>
public sealed class Claim2_FiniteRandomFeatures
{
    private static readonly Claim Claim = Claims.Claim.FiniteRandomFeatures;

    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.FiniteRandomFeatures(fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_GrowsLikeSqrtN() =>
        Prop.ForAll(ClaimRegimes.FiniteRandomFeatures(fast: false).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    /// <summary>The bound holds for the best model reaching training error σ̂²/2, not only min-norm: S*(σ̂²/2)/√n does not shrink.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property BestMemorizer_GrowsLikeSqrtN_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.FiniteRandomFeatures(fast: true, frontier: true).Arbitrary,
            regime => FrontierCheck.Evaluate(Claim, regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property BestMemorizer_GrowsLikeSqrtN() =>
        Prop.ForAll(ClaimRegimes.FiniteRandomFeatures(fast: false, frontier: true).Arbitrary,
            regime => FrontierCheck.Evaluate(Claim, regime).Holds());

    /// <summary>Control: σ = 0 and the relu target is representable; min-norm S/√n leaves the band.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_DoesNotForceSqrtN() =>
        Prop.ForAll(ClaimRegimes.FiniteRandomFeatures(fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime, Control.NoLabelNoise).IsRejected());

    /// <summary>Control: σ = 0 on the frontier; nothing forces the best memorizer's S up.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_FrontierDoesNotGrow() =>
        Prop.ForAll(ClaimRegimes.FiniteRandomFeatures(fast: true, frontier: true).Arbitrary,
            regime => FrontierCheck.Evaluate(Claim, regime, Control.NoLabelNoise).IsRejected());

    /// <summary>Control: a large ridge; min-norm's band rejects the regularized model.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property LargeRidge_DoesNotForceSqrtN() =>
        Prop.ForAll(ClaimRegimes.FiniteRandomFeatures(fast: false).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime, Control.LargeRidge).IsRejected());
}

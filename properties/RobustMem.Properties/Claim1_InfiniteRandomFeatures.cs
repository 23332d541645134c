using RobustMem.Models;

namespace RobustMem.Properties;

/// <summary>
/// Claim I-RF (THEORY.md §2): for the infinite-width random-features kernel with d ≳ n and label noise σ > 0, every
/// memorizing model has S ≳ √n, and the min-norm interpolator attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0)).
/// </summary>
public sealed class Claim1_InfiniteRandomFeatures
{
    private static readonly Claim Claim = Claims.Claim.InfiniteRandomFeatures;

    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_IsLeadingOrderConstantTimesSqrtN_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.InfiniteWidth(Model.RandomFeatureKernel, fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_IsLeadingOrderConstantTimesSqrtN() =>
        Prop.ForAll(ClaimRegimes.InfiniteWidth(Model.RandomFeatureKernel, fast: false).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    /// <summary>Control: the same regimes with σ = 0. S levels off at ≈ ‖w*‖, so S/√n falls out of the band.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_DoesNotForceSqrtN() =>
        Prop.ForAll(ClaimRegimes.InfiniteWidth(Model.RandomFeatureKernel, fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime, Control.NoLabelNoise).IsRejected());

    /// <summary>Control: a ridge λ = 10 κ(1) stops memorization; the same band must then reject S.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property LargeRidge_DoesNotForceSqrtN() =>
        Prop.ForAll(ClaimRegimes.InfiniteWidth(Model.RandomFeatureKernel, fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime, Control.LargeRidge).IsRejected());
}

namespace RobustMem.Properties;

/// <summary>
/// Claim G (THEORY.md §2): the √n scaling holds for every log-concave isotropic law (sphere, gaussian, cube, laplace)
/// and every activation (relu, abs, erf, tanh, quadratic). Finite random features; S by Monte Carlo off the sphere.
/// </summary>
public sealed class ClaimG_Generality
{
    private static readonly Claim Claim = Claims.Claim.Generality;

    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.Generality(fast: true).Arbitrary, regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation() =>
        Prop.ForAll(ClaimRegimes.Generality(fast: false).Arbitrary, regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    /// <summary>Control: σ = 0 on every law and activation (even ones still see σ_eff² = 1/d, far below the band).</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property NoNoise_DoesNotForceSqrtN() =>
        Prop.ForAll(ClaimRegimes.Generality(fast: false).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime, Control.NoLabelNoise).IsRejected());
}

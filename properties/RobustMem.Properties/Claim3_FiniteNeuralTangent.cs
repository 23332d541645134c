namespace RobustMem.Properties;

/// <summary>
/// Claim III (THEORY.md §2): finite-width neural tangent features, d and k proportional, n &lt; kd, σ > 0. Every
/// memorizing model has S ≳ √(n/k), attained by min-norm. S/√(n/k) is measured in units of σ̂_eff·c_NTK·√k.
/// </summary>
public sealed class Claim3_FiniteNeuralTangent
{
    private static readonly Claim Claim = Claims.Claim.FiniteNeuralTangent;

    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.FiniteNeuralTangent(fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_GrowsLikeSqrtNOverK() =>
        Prop.ForAll(ClaimRegimes.FiniteNeuralTangent(fast: false).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    /// <summary>The best memorizer (Monte Carlo C with M·d ≥ 40 kd, kd ≤ 400): S*(σ̂²/2)/√(n/k) does not shrink.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property BestMemorizer_GrowsLikeSqrtNOverK() =>
        Prop.ForAll(ClaimRegimes.FiniteNeuralTangent(fast: false, frontier: true).Arbitrary,
            regime => FrontierCheck.Evaluate(Claim, regime).Holds());

    /// <summary>Control: σ = 0 on the frontier; the best memorizer of noiseless labels stays smooth.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property NoNoise_FrontierDoesNotGrow() =>
        Prop.ForAll(ClaimRegimes.FiniteNeuralTangent(fast: false, frontier: true).Arbitrary,
            regime => FrontierCheck.Evaluate(Claim, regime, Control.NoLabelNoise).IsRejected());

    /// <summary>Control: σ = 0 with the band of σ = 1.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_DoesNotForceSqrtNOverK() =>
        Prop.ForAll(ClaimRegimes.FiniteNeuralTangent(fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime, Control.NoLabelNoise).IsRejected());
}

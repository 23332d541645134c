using RobustMem.Models;

namespace RobustMem.Properties;

/// <summary>
/// Claim I-NTK (THEORY.md §2): for the infinite-width neural tangent kernel with d ≳ n and σ > 0, every memorizing
/// model has S ≳ √n, and min-norm attains the leading-order constant of THEORY.md §3 (relu ≈ 0.5 σ_eff).
/// </summary>
public sealed class Claim1_InfiniteNeuralTangent
{
    private static readonly Claim Claim = Claims.Claim.InfiniteNeuralTangent;

    [ClaimProperty, Trait("Tier", "fast")]
    public Property MinNormSeminorm_IsLeadingOrderConstantTimesSqrtN_SmallRegimes() =>
        Prop.ForAll(ClaimRegimes.InfiniteWidth(Model.NeuralTangentKernel, fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSeminorm_IsLeadingOrderConstantTimesSqrtN() =>
        Prop.ForAll(ClaimRegimes.InfiniteWidth(Model.NeuralTangentKernel, fast: false).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime).Holds());

    /// <summary>Control: σ = 0 with the band of σ = 1; the kernel fits the linear target smoothly.</summary>
    [ClaimProperty, Trait("Tier", "fast")]
    public Property NoNoise_DoesNotForceSqrtN() =>
        Prop.ForAll(ClaimRegimes.InfiniteWidth(Model.NeuralTangentKernel, fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim, regime, Control.NoLabelNoise).IsRejected());
}

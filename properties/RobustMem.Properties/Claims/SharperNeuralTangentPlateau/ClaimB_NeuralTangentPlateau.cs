namespace RobustMem.Properties;

/// <summary>
/// Claim B-NTK-plateau, observed in the figures of Bombari, Kiyani &amp; Mondelli 2023 (§5), not a theorem (THEORY.md
/// §5.2): for neural tangent features with tanh or softplus the min-norm sensitivity plateaus in k, towards the NTK
/// kernel interpolator's.
/// </summary>
public sealed class ClaimB_NeuralTangentPlateau
{
    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSensitivity_PlateausInTheWidth() => ClaimCases.SharperNeuralTangentPlateau.MinNormSensitivity_PlateausInTheWidth.Asserted();

    /// <summary>Control: the published code's tanh″ = −2 tanh(1 − tanh) in the NTK gradient; S must leave the kernel's band.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property PublishedTanhSecondDerivative_LeavesTheKernel() => ClaimCases.SharperNeuralTangentPlateau.PublishedTanhSecondDerivative_LeavesTheKernel.Asserted();
}

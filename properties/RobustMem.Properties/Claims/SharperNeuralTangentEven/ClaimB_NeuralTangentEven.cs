namespace RobustMem.Properties;

/// <summary>
/// Claim B-NTK-even (Bombari, Kiyani &amp; Mondelli 2023, §5, Theorem 2; THEORY.md §5.2): for neural tangent features
/// with an even activation (cos, x²/2), the min-norm interpolator's sensitivity is of order √(Nd/p) = √(N/k): the
/// universal law, and Dohmatob's claim III bound, are attained.
/// </summary>
public sealed class ClaimB_NeuralTangentEven
{
    [ClaimProperty, Trait("Tier", "full")]
    public Property MinNormSensitivity_AttainsSqrtNdOverP() => ClaimCases.SharperNeuralTangentEven.MinNormSensitivity_AttainsSqrtNdOverP.Asserted();

    /// <summary>Control: tanh in place of cos, judged with cos's bands; its sensitivity plateaus, so the decay band must fail.</summary>
    [ClaimProperty, Trait("Tier", "full")]
    public Property TanhForCos_DoesNotAttainIt() => ClaimCases.SharperNeuralTangentEven.TanhForCos_DoesNotAttainIt.Asserted();
}

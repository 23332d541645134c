using RobustMem.Activations;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim B-NTK-even (Bombari, Kiyani &amp; Mondelli 2023, Theorem 2): NTK with x² or cos attains √(Nd/p).</summary>
    public static class SharperNeuralTangentEven
    {
        public static ClaimCase MinNormSensitivity_AttainsSqrtNdOverP { get; } = Decay(nameof(MinNormSensitivity_AttainsSqrtNdOverP), Control.None, [Activation.Cos, Activation.Quadratic]);
        public static ClaimCase TanhForCos_DoesNotAttainIt { get; } = Decay(nameof(TanhForCos_DoesNotAttainIt), Control.TanhForCos, [Activation.Cos]);

        // The control fits tanh but is judged with cos's bands: the regime keeps cos, ClaimRun swaps the activation.
        private static ClaimCase Decay(string property, Control control, Activation[] activations) =>
            Case(Claim.SharperNeuralTangentEven, property, SharperLawSetting.NeuralTangent(activations),
                (r, c) => SensitivityWidthCheck.Decays(Claim.SharperNeuralTangentEven, r, c), control);
    }
}

using RobustMem.Activations;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim B-NTK-plateau (observed in the figures of Bombari, Kiyani &amp; Mondelli 2023): NTK with tanh or softplus plateaus in k.</summary>
    public static class SharperNeuralTangentPlateau
    {
        public static ClaimCase MinNormSensitivity_PlateausInTheWidth { get; } = Plateau(nameof(MinNormSensitivity_PlateausInTheWidth), Control.None, [Activation.Tanh, Activation.Softplus]);
        public static ClaimCase PublishedTanhSecondDerivative_LeavesTheKernel { get; } = Plateau(nameof(PublishedTanhSecondDerivative_LeavesTheKernel), Control.PublishedTanhSecondDerivative, [Activation.Tanh]);

        private static ClaimCase Plateau(string property, Control control, Activation[] activations) =>
            Case(Claim.SharperNeuralTangentPlateau, property, SharperLawSetting.NeuralTangent(activations),
                (r, c) => SensitivityWidthCheck.Plateaus(Claim.SharperNeuralTangentPlateau, r, c), control);
    }
}

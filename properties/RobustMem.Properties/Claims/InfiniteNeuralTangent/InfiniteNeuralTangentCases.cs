using RobustMem.Models;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim I-NTK: the neural tangent kernel, S/√n at THEORY.md §3's constant.</summary>
    public static class InfiniteNeuralTangent
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN { get; } = Kernel(nameof(MinNormSeminorm_GrowsLikeSqrtN), fast: false);
        public static ClaimCase NoNoise_DoesNotForceSqrtN { get; } = Kernel(nameof(NoNoise_DoesNotForceSqrtN), fast: false, Control.NoLabelNoise);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes { get; } = Kernel(nameof(MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtN_SmallRegimes { get; } = Kernel(nameof(NoNoise_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase Kernel(string property, bool fast, Control? control = null) =>
            Case(Claim.InfiniteNeuralTangent, property, InfiniteRandomFeatures.InfiniteWidth(Model.NeuralTangentKernel, fast), Scaling(Claim.InfiniteNeuralTangent), control);
    }
}

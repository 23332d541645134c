using RobustMem.Claims;
using RobustMem.Experiments;
using static RobustMem.Properties.Regimes.ClaimRegimes;

namespace RobustMem.Calibration;

/// <summary>
/// The full-tier properties and their controls, pairing the same families and checks as the property files, and the
/// fast-tier twins of the calibrated-band properties: the fast families draw the small end of the same ranges, where
/// the spread is widest, so their per-case rate is measured rather than assumed equal to the full tier's.
/// </summary>
internal static class CalibrationCases
{
    public static IReadOnlyList<CalibrationCase> All { get; } =
    [
        new("I-RF MinNormSeminorm_GrowsLikeSqrtN", InfiniteWidth(ModelKind.RandomFeatureKernel, false), r => ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, r), false),
        new("I-RF NoNoise_DoesNotForceSqrtN", InfiniteWidth(ModelKind.RandomFeatureKernel, false), r => ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, r, Control.NoLabelNoise), true),
        new("I-RF LargeRidge_DoesNotForceSqrtN", InfiniteWidth(ModelKind.RandomFeatureKernel, false), r => ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, r, Control.LargeRidge), true),
        new("I-NTK MinNormSeminorm_GrowsLikeSqrtN", InfiniteWidth(ModelKind.NeuralTangentKernel, false), r => ScalingCheck.Evaluate(Claim.InfiniteNeuralTangent, r), false),
        new("I-NTK NoNoise_DoesNotForceSqrtN", InfiniteWidth(ModelKind.NeuralTangentKernel, false), r => ScalingCheck.Evaluate(Claim.InfiniteNeuralTangent, r, Control.NoLabelNoise), true),
        new("II MinNormSeminorm_GrowsLikeSqrtN", FiniteRandomFeatures(false), r => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r), false),
        new("II BestMemorizer_GrowsLikeSqrtN", FiniteRandomFeatures(false, frontier: true), r => FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, r), false),
        new("II MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes", FiniteRandomFeatures(true), r => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r), false),
        new("II BestMemorizer_GrowsLikeSqrtN_SmallRegimes", FiniteRandomFeatures(true, frontier: true), r => FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, r), false),
        new("II NoNoise_DoesNotForceSqrtN", FiniteRandomFeatures(false), r => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r, Control.NoLabelNoise), true),
        new("II LargeRidge_DoesNotForceSqrtN", FiniteRandomFeatures(false), r => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r, Control.LargeRidge), true),
        new("II NoNoise_FrontierDoesNotGrow", FiniteRandomFeatures(false, frontier: true), r => FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, r, Control.NoLabelNoise), true),
        new("III MinNormSeminorm_GrowsLikeSqrtNOverK", FiniteNeuralTangent(false), r => ScalingCheck.Evaluate(Claim.FiniteNeuralTangent, r), false),
        new("III MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes", FiniteNeuralTangent(true), r => ScalingCheck.Evaluate(Claim.FiniteNeuralTangent, r), false),
        new("III BestMemorizer_GrowsLikeSqrtNOverK", FiniteNeuralTangent(false, frontier: true), r => FrontierCheck.Evaluate(Claim.FiniteNeuralTangent, r), false),
        new("III NoNoise_FrontierDoesNotGrow", FiniteNeuralTangent(false, frontier: true), r => FrontierCheck.Evaluate(Claim.FiniteNeuralTangent, r, Control.NoLabelNoise), true),
        new("III NoNoise_DoesNotForceSqrtNOverK", FiniteNeuralTangent(false), r => ScalingCheck.Evaluate(Claim.FiniteNeuralTangent, r, Control.NoLabelNoise), true),
        new("T MinNorm_WithinBoundedFactorOfFrontier", Tightness(false), r => TightnessCheck.Evaluate(r), false),
        new("T MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes", Tightness(true), r => TightnessCheck.Evaluate(r), false),
        new("T BrokenGradient_FallsBelowFrontier", QuadraticNeuralTangent, r => TightnessCheck.Evaluate(r, Control.NoCurvatureTerm), true),
        new("N NoNoise_SeminormStaysAtConstantLevel", NoNoise(false), r => NoiseCheck.Evaluate(r), false),
        new("N NoNoise_SeminormStaysAtConstantLevel_SmallRegimes", NoNoise(true), r => NoiseCheck.Evaluate(r), false),
        new("N LabelNoise_BreaksTheLevel", NoNoise(true), r => NoiseCheck.Evaluate(r, Control.LabelNoise), true),
        new("G MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation", Generality(false), r => ScalingCheck.Evaluate(Claim.Generality, r), false),
        new("G MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes", Generality(true), r => ScalingCheck.Evaluate(Claim.Generality, r), false),
        new("G NoNoise_DoesNotForceSqrtN", Generality(false), r => ScalingCheck.Evaluate(Claim.Generality, r, Control.NoLabelNoise), true),
        new("R RidgePath_ObeysTheBoundWhileItMemorizes", Ridge(false), r => RidgeCheck.Evaluate(r), false),
        new("R RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes", Ridge(true), r => RidgeCheck.Evaluate(r), false),
        new("R NoRidge_KeepsMemorizing", Ridge(true), r => RidgeCheck.Evaluate(r, Control.NoRidge), true),
        new("R ZeroModel_IsNotARidgePath", Ridge(true), r => RidgeCheck.Evaluate(r, Control.ZeroModel), true),
        new("R ConstantRidge_NeverMemorizes", Ridge(true), r => RidgeCheck.Evaluate(r, Control.ConstantRidge), true),
    ];
}

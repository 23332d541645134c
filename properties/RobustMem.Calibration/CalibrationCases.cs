using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Models;
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
        new("I-RF MinNormSeminorm_GrowsLikeSqrtN", InfiniteWidth(Model.RandomFeatureKernel, false), (r, c) => ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, r, c), Control.None),
        new("I-RF NoNoise_DoesNotForceSqrtN", InfiniteWidth(Model.RandomFeatureKernel, false), (r, c) => ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, r, c), Control.NoLabelNoise),
        new("I-RF LargeRidge_DoesNotForceSqrtN", InfiniteWidth(Model.RandomFeatureKernel, false), (r, c) => ScalingCheck.Evaluate(Claim.InfiniteRandomFeatures, r, c), Control.LargeRidge),
        new("I-NTK MinNormSeminorm_GrowsLikeSqrtN", InfiniteWidth(Model.NeuralTangentKernel, false), (r, c) => ScalingCheck.Evaluate(Claim.InfiniteNeuralTangent, r, c), Control.None),
        new("I-NTK NoNoise_DoesNotForceSqrtN", InfiniteWidth(Model.NeuralTangentKernel, false), (r, c) => ScalingCheck.Evaluate(Claim.InfiniteNeuralTangent, r, c), Control.NoLabelNoise),
        new("II MinNormSeminorm_GrowsLikeSqrtN", FiniteRandomFeatures(false), (r, c) => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r, c), Control.None),
        new("II BestMemorizer_GrowsLikeSqrtN", FiniteRandomFeatures(false, frontier: true), (r, c) => FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, r, c), Control.None),
        new("II MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes", FiniteRandomFeatures(true), (r, c) => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r, c), Control.None),
        new("II BestMemorizer_GrowsLikeSqrtN_SmallRegimes", FiniteRandomFeatures(true, frontier: true), (r, c) => FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, r, c), Control.None),
        new("II NoNoise_DoesNotForceSqrtN", FiniteRandomFeatures(false), (r, c) => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r, c), Control.NoLabelNoise),
        new("II LargeRidge_DoesNotForceSqrtN", FiniteRandomFeatures(false), (r, c) => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, r, c), Control.LargeRidge),
        new("II NoNoise_FrontierDoesNotGrow", FiniteRandomFeatures(false, frontier: true), (r, c) => FrontierCheck.Evaluate(Claim.FiniteRandomFeatures, r, c), Control.NoLabelNoise),
        new("III MinNormSeminorm_GrowsLikeSqrtNOverK", FiniteNeuralTangent(false), (r, c) => ScalingCheck.Evaluate(Claim.FiniteNeuralTangent, r, c), Control.None),
        new("III MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes", FiniteNeuralTangent(true), (r, c) => ScalingCheck.Evaluate(Claim.FiniteNeuralTangent, r, c), Control.None),
        new("III BestMemorizer_GrowsLikeSqrtNOverK", FiniteNeuralTangent(false, frontier: true), (r, c) => FrontierCheck.Evaluate(Claim.FiniteNeuralTangent, r, c), Control.None),
        new("III NoNoise_FrontierDoesNotGrow", FiniteNeuralTangent(false, frontier: true), (r, c) => FrontierCheck.Evaluate(Claim.FiniteNeuralTangent, r, c), Control.NoLabelNoise),
        new("III NoNoise_DoesNotForceSqrtNOverK", FiniteNeuralTangent(false), (r, c) => ScalingCheck.Evaluate(Claim.FiniteNeuralTangent, r, c), Control.NoLabelNoise),
        new("III MinNorm_AttainsSqrtNOverK_ForEvenActivations", FiniteNeuralTangentWidths(even: true, fast: true), (r, c) => WidthCheck.Evaluate(r, c), Control.None),
        new("III MinNorm_AttainsSqrtNOverK_ForQuadratic", FiniteNeuralTangentWidths(even: true, fast: true, only: RobustMem.Activations.Activation.Quadratic), (r, c) => WidthCheck.Evaluate(r, c), Control.None),
        new("III MinNorm_NotTight_ForNonEvenActivations", FiniteNeuralTangentWidths(even: false, fast: true), (r, c) => WidthCheck.Evaluate(r, c), Control.None),
        new("III NoNoise_DoesNotForceSqrtNOverK_InTheWidth", FiniteNeuralTangentWidths(even: true, fast: false), (r, c) => WidthCheck.Evaluate(r, c), Control.NoLabelNoise),
        new("III NoCurvatureTerm_BreaksTheWidthLaw", FiniteNeuralTangentWidths(even: true, fast: false, only: RobustMem.Activations.Activation.Quadratic), (r, c) => WidthCheck.Evaluate(r, c), Control.NoCurvatureTerm),
        new("T MinNorm_WithinBoundedFactorOfFrontier", Tightness(false), (r, c) => TightnessCheck.Evaluate(r, c), Control.None),
        new("T MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes", Tightness(true), (r, c) => TightnessCheck.Evaluate(r, c), Control.None),
        new("T BrokenGradient_FallsBelowFrontier", QuadraticNeuralTangent, (r, c) => TightnessCheck.Evaluate(r, c), Control.NoCurvatureTerm),
        new("N NoNoise_SeminormStaysAtConstantLevel", NoNoise(false), (r, c) => NoiseCheck.Evaluate(r, c), Control.None),
        new("N NoNoise_SeminormStaysAtConstantLevel_SmallRegimes", NoNoise(true), (r, c) => NoiseCheck.Evaluate(r, c), Control.None),
        new("N LabelNoise_BreaksTheLevel", NoNoise(true), (r, c) => NoiseCheck.Evaluate(r, c), Control.LabelNoise),
        new("R RidgePath_ObeysTheBoundWhileItMemorizes", Ridge(false), (r, c) => RidgeCheck.Evaluate(r, c), Control.None),
        new("R RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes", Ridge(true), (r, c) => RidgeCheck.Evaluate(r, c), Control.None),
        new("R NoRidge_KeepsMemorizing", Ridge(true), (r, c) => RidgeCheck.Evaluate(r, c), Control.NoRidge),
        new("R ZeroModel_IsNotARidgePath", Ridge(true), (r, c) => RidgeCheck.Evaluate(r, c), Control.ZeroModel),
        new("R ConstantRidge_NeverMemorizes", Ridge(true), (r, c) => RidgeCheck.Evaluate(r, c), Control.ConstantRidge),
        new("G MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation", Generality(false), (r, c) => ScalingCheck.Evaluate(Claim.Generality, r, c), Control.None),
        new("G MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes", Generality(true), (r, c) => ScalingCheck.Evaluate(Claim.Generality, r, c), Control.None),
        new("G NoNoise_DoesNotForceSqrtN", Generality(false), (r, c) => ScalingCheck.Evaluate(Claim.Generality, r, c), Control.NoLabelNoise),
    ];
}

using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Properties.Regimes;

namespace RobustMem.Properties.Cases;

/// <summary>
/// The registry of claim cases: each property of the suite and each row of the calibration, stated once. The property
/// files assert these cases, the calibration runner (properties/RobustMem.Calibration) enumerates <see cref="All"/>, and
/// <c>RegimeFamilyTests</c> checks every family they draw from. One nested class per claim of THEORY.md §2; a case's
/// member name is its property's name, and its <see cref="ClaimCase.Name"/> is the claim's id followed by that name.
/// </summary>
/// <remarks>
/// The suite runs some controls on the fast family whereas the 2026-11-25 calibration measured them on the
/// full one. Both are cases here, the fast one suffixed _SmallRegimes, so that both can be calibrated.
/// <para>
/// A new claim's nested class holds its regime family too (a private <c>Family(bool fast)</c> next to its cases), so a
/// bound is three files: the claim in <c>Claim.cs</c>, its nested class here, its property file (docs/how-to/
/// add-a-bound.md). <c>RegimeFamilyTests</c> and the calibration find the family through <see cref="All"/>. The
/// calibrated claims' families stay in <see cref="ClaimRegimes"/>, where they were calibrated.
/// </para>
/// </remarks>
public static class ClaimCases
{
    /// <summary>Every case, in the calibration's order (new cases go at the end of their claim's group).</summary>
    public static IReadOnlyList<ClaimCase> All { get; } =
    [
        InfiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN,
        InfiniteRandomFeatures.NoNoise_DoesNotForceSqrtN,
        InfiniteRandomFeatures.LargeRidge_DoesNotForceSqrtN,
        InfiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes,
        InfiniteRandomFeatures.NoNoise_DoesNotForceSqrtN_SmallRegimes,
        InfiniteRandomFeatures.LargeRidge_DoesNotForceSqrtN_SmallRegimes,
        InfiniteNeuralTangent.MinNormSeminorm_GrowsLikeSqrtN,
        InfiniteNeuralTangent.NoNoise_DoesNotForceSqrtN,
        InfiniteNeuralTangent.MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes,
        InfiniteNeuralTangent.NoNoise_DoesNotForceSqrtN_SmallRegimes,
        FiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN,
        FiniteRandomFeatures.BestMemorizer_GrowsLikeSqrtN,
        FiniteRandomFeatures.MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes,
        FiniteRandomFeatures.BestMemorizer_GrowsLikeSqrtN_SmallRegimes,
        FiniteRandomFeatures.NoNoise_DoesNotForceSqrtN,
        FiniteRandomFeatures.LargeRidge_DoesNotForceSqrtN,
        FiniteRandomFeatures.NoNoise_FrontierDoesNotGrow,
        FiniteRandomFeatures.NoNoise_DoesNotForceSqrtN_SmallRegimes,
        FiniteRandomFeatures.NoNoise_FrontierDoesNotGrow_SmallRegimes,
        FiniteNeuralTangent.MinNormSeminorm_GrowsLikeSqrtNOverK,
        FiniteNeuralTangent.MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes,
        FiniteNeuralTangent.BestMemorizer_GrowsLikeSqrtNOverK,
        FiniteNeuralTangent.NoNoise_FrontierDoesNotGrow,
        FiniteNeuralTangent.NoNoise_DoesNotForceSqrtNOverK,
        FiniteNeuralTangent.MinNorm_AttainsSqrtNOverK_ForEvenActivations,
        FiniteNeuralTangent.MinNorm_AttainsSqrtNOverK_ForQuadratic,
        FiniteNeuralTangent.MinNorm_NotTight_ForNonEvenActivations,
        FiniteNeuralTangent.NoNoise_DoesNotForceSqrtNOverK_InTheWidth,
        FiniteNeuralTangent.NoCurvatureTerm_BreaksTheWidthLaw,
        FiniteNeuralTangent.NoNoise_DoesNotForceSqrtNOverK_SmallRegimes,
        Tightness.MinNorm_WithinBoundedFactorOfFrontier,
        Tightness.MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes,
        Tightness.BrokenGradient_FallsBelowFrontier,
        NoiseNecessary.NoNoise_SeminormStaysAtConstantLevel,
        NoiseNecessary.NoNoise_SeminormStaysAtConstantLevel_SmallRegimes,
        NoiseNecessary.LabelNoise_BreaksTheLevel,
        Ridge.RidgePath_ObeysTheBoundWhileItMemorizes,
        Ridge.RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes,
        Ridge.NoRidge_KeepsMemorizing,
        Ridge.ZeroModel_IsNotARidgePath,
        Ridge.ConstantRidge_NeverMemorizes,
        Generality.MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation,
        Generality.MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes,
        Generality.NoNoise_DoesNotForceSqrtN,
        SharperRandomFeatures.MinNormSensitivity_PlateausInTheWidth,
        SharperRandomFeatures.QuadraticForTanh_KeepsFalling,
        SharperNeuralTangentEven.MinNormSensitivity_AttainsSqrtNdOverP,
        SharperNeuralTangentEven.TanhForCos_DoesNotAttainIt,
        SharperNeuralTangentPlateau.MinNormSensitivity_PlateausInTheWidth,
        SharperNeuralTangentPlateau.PublishedTanhSecondDerivative_LeavesTheKernel,
        UniversalLaw.LipschitzAndSeminorm_AtLeastSqrtNdOverP,
        UniversalLaw.NoiselessLinearTarget_DoesNotForceIt,
        BubeckLiNagaraj.MinNormProxy_GrowsLikeSqrtNOverK,
        BubeckLiNagaraj.MinNormProxy_GrowsLikeSqrtNOverK_SmallRegimes,
        BubeckLiNagaraj.NoNoise_DoesNotForceSqrtNOverK_SmallRegimes,
    ];

    /// <summary>Claim I-RF: the random-features kernel, S/√n at THEORY.md §3's constant.</summary>
    public static class InfiniteRandomFeatures
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN { get; } = Kernel(nameof(MinNormSeminorm_GrowsLikeSqrtN), fast: false);
        public static ClaimCase NoNoise_DoesNotForceSqrtN { get; } = Kernel(nameof(NoNoise_DoesNotForceSqrtN), fast: false, Control.NoLabelNoise);
        public static ClaimCase LargeRidge_DoesNotForceSqrtN { get; } = Kernel(nameof(LargeRidge_DoesNotForceSqrtN), fast: false, Control.LargeRidge);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes { get; } = Kernel(nameof(MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtN_SmallRegimes { get; } = Kernel(nameof(NoNoise_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.NoLabelNoise);
        public static ClaimCase LargeRidge_DoesNotForceSqrtN_SmallRegimes { get; } = Kernel(nameof(LargeRidge_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.LargeRidge);

        private static ClaimCase Kernel(string property, bool fast, Control? control = null) =>
            Case(Claim.InfiniteRandomFeatures, property, ClaimRegimes.InfiniteWidth(Model.RandomFeatureKernel, fast), Scaling(Claim.InfiniteRandomFeatures), control);
    }

    /// <summary>Claim I-NTK: the neural tangent kernel, S/√n at THEORY.md §3's constant.</summary>
    public static class InfiniteNeuralTangent
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN { get; } = Kernel(nameof(MinNormSeminorm_GrowsLikeSqrtN), fast: false);
        public static ClaimCase NoNoise_DoesNotForceSqrtN { get; } = Kernel(nameof(NoNoise_DoesNotForceSqrtN), fast: false, Control.NoLabelNoise);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes { get; } = Kernel(nameof(MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtN_SmallRegimes { get; } = Kernel(nameof(NoNoise_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase Kernel(string property, bool fast, Control? control = null) =>
            Case(Claim.InfiniteNeuralTangent, property, ClaimRegimes.InfiniteWidth(Model.NeuralTangentKernel, fast), Scaling(Claim.InfiniteNeuralTangent), control);
    }

    /// <summary>Claim II: finite random features, S ≳ √n for min-norm and for the best memorizer.</summary>
    public static class FiniteRandomFeatures
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtN), fast: false);
        public static ClaimCase BestMemorizer_GrowsLikeSqrtN { get; } = Best(nameof(BestMemorizer_GrowsLikeSqrtN), fast: false);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes), fast: true);
        public static ClaimCase BestMemorizer_GrowsLikeSqrtN_SmallRegimes { get; } = Best(nameof(BestMemorizer_GrowsLikeSqrtN_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtN { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtN), fast: false, Control.NoLabelNoise);
        public static ClaimCase LargeRidge_DoesNotForceSqrtN { get; } = MinNorm(nameof(LargeRidge_DoesNotForceSqrtN), fast: false, Control.LargeRidge);
        public static ClaimCase NoNoise_FrontierDoesNotGrow { get; } = Best(nameof(NoNoise_FrontierDoesNotGrow), fast: false, Control.NoLabelNoise);
        public static ClaimCase NoNoise_DoesNotForceSqrtN_SmallRegimes { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.NoLabelNoise);
        public static ClaimCase NoNoise_FrontierDoesNotGrow_SmallRegimes { get; } = Best(nameof(NoNoise_FrontierDoesNotGrow_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase MinNorm(string property, bool fast, Control? control = null) =>
            Case(Claim.FiniteRandomFeatures, property, ClaimRegimes.FiniteRandomFeatures(fast), Scaling(Claim.FiniteRandomFeatures), control);

        private static ClaimCase Best(string property, bool fast, Control? control = null) =>
            Case(Claim.FiniteRandomFeatures, property, ClaimRegimes.FiniteRandomFeatures(fast, frontier: true), Frontier(Claim.FiniteRandomFeatures), control);
    }

    /// <summary>Claim III: finite neural tangent features, S ≳ √(n/k) in n (and for the best memorizer) and in the width.</summary>
    public static class FiniteNeuralTangent
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtNOverK { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtNOverK), fast: false);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtNOverK_SmallRegimes), fast: true);
        public static ClaimCase BestMemorizer_GrowsLikeSqrtNOverK { get; } = Best(nameof(BestMemorizer_GrowsLikeSqrtNOverK));
        public static ClaimCase NoNoise_FrontierDoesNotGrow { get; } = Best(nameof(NoNoise_FrontierDoesNotGrow), Control.NoLabelNoise);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtNOverK), fast: false, Control.NoLabelNoise);
        public static ClaimCase MinNorm_AttainsSqrtNOverK_ForEvenActivations { get; } = Width(nameof(MinNorm_AttainsSqrtNOverK_ForEvenActivations), even: true, fast: true);
        public static ClaimCase MinNorm_AttainsSqrtNOverK_ForQuadratic { get; } = Width(nameof(MinNorm_AttainsSqrtNOverK_ForQuadratic), even: true, fast: true, Activation.Quadratic);
        public static ClaimCase MinNorm_NotTight_ForNonEvenActivations { get; } = Width(nameof(MinNorm_NotTight_ForNonEvenActivations), even: false, fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK_InTheWidth { get; } = Width(nameof(NoNoise_DoesNotForceSqrtNOverK_InTheWidth), even: true, fast: false, control: Control.NoLabelNoise);
        public static ClaimCase NoCurvatureTerm_BreaksTheWidthLaw { get; } = Width(nameof(NoCurvatureTerm_BreaksTheWidthLaw), even: true, fast: false, Activation.Quadratic, Control.NoCurvatureTerm);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK_SmallRegimes { get; } = MinNorm(nameof(NoNoise_DoesNotForceSqrtNOverK_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase MinNorm(string property, bool fast, Control? control = null) =>
            Case(Claim.FiniteNeuralTangent, property, ClaimRegimes.FiniteNeuralTangent(fast), Scaling(Claim.FiniteNeuralTangent), control);

        /// <summary>The best memorizer needs Monte Carlo C with kd ≤ 400, which only the full family's frontier sizes keep.</summary>
        private static ClaimCase Best(string property, Control? control = null) =>
            Case(Claim.FiniteNeuralTangent, property, ClaimRegimes.FiniteNeuralTangent(fast: false, frontier: true), Frontier(Claim.FiniteNeuralTangent), control);

        private static ClaimCase Width(string property, bool even, bool fast, Activation? only = null, Control? control = null) =>
            Case(Claim.FiniteNeuralTangent, property, ClaimRegimes.FiniteNeuralTangentWidths(even, fast, only), (r, c) => WidthCheck.Evaluate(r, c), control);
    }

    /// <summary>Claim T: min-norm within a bounded factor of the frontier S*(0).</summary>
    public static class Tightness
    {
        public static ClaimCase MinNorm_WithinBoundedFactorOfFrontier { get; } = Tight(nameof(MinNorm_WithinBoundedFactorOfFrontier), ClaimRegimes.Tightness(fast: false));
        public static ClaimCase MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes { get; } = Tight(nameof(MinNorm_WithinBoundedFactorOfFrontier_SmallRegimes), ClaimRegimes.Tightness(fast: true));
        public static ClaimCase BrokenGradient_FallsBelowFrontier { get; } = Tight(nameof(BrokenGradient_FallsBelowFrontier), ClaimRegimes.QuadraticNeuralTangent, Control.NoCurvatureTerm);

        private static ClaimCase Tight(string property, RegimeFamily family, Control? control = null) =>
            Case(Claim.Tightness, property, family, (r, c) => TightnessCheck.Evaluate(r, c), control);
    }

    /// <summary>Claim N: without label noise S stays at a constant level.</summary>
    public static class NoiseNecessary
    {
        public static ClaimCase NoNoise_SeminormStaysAtConstantLevel { get; } = Level(nameof(NoNoise_SeminormStaysAtConstantLevel), fast: false);
        public static ClaimCase NoNoise_SeminormStaysAtConstantLevel_SmallRegimes { get; } = Level(nameof(NoNoise_SeminormStaysAtConstantLevel_SmallRegimes), fast: true);
        public static ClaimCase LabelNoise_BreaksTheLevel { get; } = Level(nameof(LabelNoise_BreaksTheLevel), fast: true, Control.LabelNoise);

        private static ClaimCase Level(string property, bool fast, Control? control = null) =>
            Case(Claim.NoiseNecessary, property, ClaimRegimes.NoNoise(fast), (r, c) => NoiseCheck.Evaluate(r, c), control);
    }

    /// <summary>Claim R: the ridge path obeys the bound while it memorizes.</summary>
    public static class Ridge
    {
        public static ClaimCase RidgePath_ObeysTheBoundWhileItMemorizes { get; } = Along(nameof(RidgePath_ObeysTheBoundWhileItMemorizes), fast: false);
        public static ClaimCase RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes { get; } = Along(nameof(RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes), fast: true);
        public static ClaimCase NoRidge_KeepsMemorizing { get; } = Along(nameof(NoRidge_KeepsMemorizing), fast: true, Control.NoRidge);
        public static ClaimCase ZeroModel_IsNotARidgePath { get; } = Along(nameof(ZeroModel_IsNotARidgePath), fast: true, Control.ZeroModel);
        public static ClaimCase ConstantRidge_NeverMemorizes { get; } = Along(nameof(ConstantRidge_NeverMemorizes), fast: true, Control.ConstantRidge);

        private static ClaimCase Along(string property, bool fast, Control? control = null) =>
            Case(Claim.Ridge, property, ClaimRegimes.Ridge(fast), (r, c) => RidgeCheck.Evaluate(r, c), control);
    }

    /// <summary>Claim G: the √n law on every log-concave isotropic law and every activation.</summary>
    public static class Generality
    {
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation { get; } = Every(nameof(MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation), fast: false);
        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes { get; } = Every(nameof(MinNormSeminorm_GrowsLikeSqrtN_EveryLawAndActivation_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtN { get; } = Every(nameof(NoNoise_DoesNotForceSqrtN), fast: false, Control.NoLabelNoise);

        private static ClaimCase Every(string property, bool fast, Control? control = null) =>
            Case(Claim.Generality, property, ClaimRegimes.Generality(fast), Scaling(Claim.Generality), control);
    }

    /// <summary>Claim B-RF (Bombari, Kiyani &amp; Mondelli 2023, Theorem 1): RF sensitivity does not fall with k when μ₁ ≠ 0.</summary>
    public static class SharperRandomFeatures
    {
        public static ClaimCase MinNormSensitivity_PlateausInTheWidth { get; } = Plateau(nameof(MinNormSensitivity_PlateausInTheWidth), Control.None);
        public static ClaimCase QuadraticForTanh_KeepsFalling { get; } = Plateau(nameof(QuadraticForTanh_KeepsFalling), Control.QuadraticForTanh, [Activation.Tanh]);

        private static ClaimCase Plateau(string property, Control control, Activation[]? only = null) =>
            Case(Claim.SharperRandomFeatures, property, SharperLawRegimes.RandomFeatures(only ?? [Activation.Tanh, Activation.Softplus]),
                (r, c) => SensitivityWidthCheck.Plateaus(Claim.SharperRandomFeatures, r, c), control);
    }

    /// <summary>Claim B-NTK-even (Bombari, Kiyani &amp; Mondelli 2023, Theorem 2): NTK with x² or cos attains √(Nd/p).</summary>
    public static class SharperNeuralTangentEven
    {
        public static ClaimCase MinNormSensitivity_AttainsSqrtNdOverP { get; } = Decay(nameof(MinNormSensitivity_AttainsSqrtNdOverP), Control.None, [Activation.Cos, Activation.Quadratic]);
        public static ClaimCase TanhForCos_DoesNotAttainIt { get; } = Decay(nameof(TanhForCos_DoesNotAttainIt), Control.TanhForCos, [Activation.Cos]);

        // The control fits tanh but is judged with cos's bands: the regime keeps cos, ClaimRun swaps the activation.
        private static ClaimCase Decay(string property, Control control, Activation[] activations) =>
            Case(Claim.SharperNeuralTangentEven, property, SharperLawRegimes.NeuralTangent(activations),
                (r, c) => SensitivityWidthCheck.Decays(Claim.SharperNeuralTangentEven, r, c), control);
    }

    /// <summary>Claim B-NTK-plateau (observed in the figures of Bombari, Kiyani &amp; Mondelli 2023): NTK with tanh or softplus plateaus in k.</summary>
    public static class SharperNeuralTangentPlateau
    {
        public static ClaimCase MinNormSensitivity_PlateausInTheWidth { get; } = Plateau(nameof(MinNormSensitivity_PlateausInTheWidth), Control.None, [Activation.Tanh, Activation.Softplus]);
        public static ClaimCase PublishedTanhSecondDerivative_LeavesTheKernel { get; } = Plateau(nameof(PublishedTanhSecondDerivative_LeavesTheKernel), Control.PublishedTanhSecondDerivative, [Activation.Tanh]);

        private static ClaimCase Plateau(string property, Control control, Activation[] activations) =>
            Case(Claim.SharperNeuralTangentPlateau, property, SharperLawRegimes.NeuralTangent(activations),
                (r, c) => SensitivityWidthCheck.Plateaus(Claim.SharperNeuralTangentPlateau, r, c), control);
    }

    /// <summary>Claim U (Bubeck &amp; Sellke 2021, Theorem 3): S and lipschitz_lower at least c·√(nd/p).</summary>
    public static class UniversalLaw
    {
        public static ClaimCase LipschitzAndSeminorm_AtLeastSqrtNdOverP { get; } = Law(nameof(LipschitzAndSeminorm_AtLeastSqrtNdOverP), Control.None);
        public static ClaimCase NoiselessLinearTarget_DoesNotForceIt { get; } = Law(nameof(NoiselessLinearTarget_DoesNotForceIt), Control.NoiselessLinearTarget);

        private static ClaimCase Law(string property, Control control) =>
            Case(Claim.UniversalLaw, property, SharperLawRegimes.Universal, (r, c) => UniversalLawCheck.Evaluate(r, c), control);
    }

    /// <summary>Claim BLN (Bubeck, Li &amp; Nagaraj 2021), weak form: Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k) on finite random features, claim II's family.</summary>
    public static class BubeckLiNagaraj
    {
        public static ClaimCase MinNormProxy_GrowsLikeSqrtNOverK { get; } = Proxy(nameof(MinNormProxy_GrowsLikeSqrtNOverK), fast: false);
        public static ClaimCase MinNormProxy_GrowsLikeSqrtNOverK_SmallRegimes { get; } = Proxy(nameof(MinNormProxy_GrowsLikeSqrtNOverK_SmallRegimes), fast: true);
        public static ClaimCase NoNoise_DoesNotForceSqrtNOverK_SmallRegimes { get; } = Proxy(nameof(NoNoise_DoesNotForceSqrtNOverK_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase Proxy(string property, bool fast, Control? control = null) =>
            Case(Claim.BubeckLiNagaraj, property, ClaimRegimes.FiniteRandomFeatures(fast), Scaling(Claim.BubeckLiNagaraj), control);
    }

    private static ClaimCase Case(Claim claim, string property, RegimeFamily family, Func<Regime, Control, ClaimVerdict> check, Control? control) =>
        new($"{claim.Id} {property}", family, check, control ?? Control.None);

    private static Func<Regime, Control, ClaimVerdict> Scaling(Claim claim) => (r, c) => ScalingCheck.Evaluate(claim, r, c);

    private static Func<Regime, Control, ClaimVerdict> Frontier(Claim claim) => (r, c) => FrontierCheck.Evaluate(claim, r, c);
}

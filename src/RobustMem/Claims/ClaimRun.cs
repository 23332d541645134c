using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>Fits a regime under a <see cref="Control"/> and measures it; the one place where a control changes the model.</summary>
public static class ClaimRun
{
    /// <summary>λ of the large-ridge control, in units of the Gram diagonal κ(1): nλ then dwarfs every eigenvalue of ZZᵀ.</summary>
    public const double LargeRidgeInDiagonalUnits = 10;

    /// <summary>The regime actually fitted: the control's noise and ridge replace the claim's.</summary>
    /// <remarks>Every control is listed: a new one must say what it does to the regime, it cannot fall through to another's.</remarks>
    public static Regime Apply(Regime regime, Control control) => control switch
    {
        Control.None => regime,
        Control.NoLabelNoise => regime with { Noise = 0 },
        Control.LabelNoise => regime with { Noise = 1 },
        Control.LargeRidge => regime with { Ridge = LargeRidge(regime) },
        Control.NoRidge => regime with { Ridge = 0 },
        Control.ConstantRidge => regime with { Ridge = LeadingOrder.DiagonalScale(regime.Model, regime.Sigma, regime.D) },
        Control.TanhForCos => regime with { Activation = Activations.Activation.Tanh },
        Control.QuadraticForTanh => regime with { Activation = Activations.Activation.Quadratic },
        Control.NoiselessLinearTarget => regime with { Noise = 0, Target = LabelTarget.Linear },
        Control.PublishedTanhSecondDerivative => regime with { Activation = PublishedCodeTanh.Instance },
        // f ≡ 0 has no fit of its own (Observe); the model is wrong, not the regime: these act through FitParts or after the fit (Observe).
        Control.NoCurvatureTerm or Control.SeminormTimes1_25 or Control.SeminormTimes0_8
            or Control.NoiseDroppedFromLabels or Control.WeightsFromDataStream or Control.MedianEigenvalueRidge
            or Control.ZeroModel => regime,
        _ => throw new ArgumentOutOfRangeException(nameof(control), control, "a new control must say how it changes the regime"),
    };

    /// <summary>How the control draws data and weights; <see cref="FitParts.Standard"/> for the rest.</summary>
    public static FitParts Parts(Control control) => control switch
    {
        Control.NoCurvatureTerm => new FitParts { CurvatureTerm = false },
        // The bug: ξ never reaches the labels. σ̂ and the scales are then computed from these labels (ScaleNoise).
        Control.NoiseDroppedFromLabels => new FitParts { Data = (r, s) => Dataset.Draw(r.Law, r.N, r.D, 0, s) },
        // The bug of THEORY.md §1: one stream for W and X, so W's rows copy the data's Gaussian draws.
        Control.WeightsFromDataStream => new FitParts { Weights = (r, s) => WeightSampler.Draw(r.K, r.D, s.TrainInputs) },
        Control.None or Control.NoLabelNoise or Control.LargeRidge or Control.LabelNoise or Control.NoRidge or Control.ZeroModel
            or Control.ConstantRidge or Control.SeminormTimes1_25 or Control.SeminormTimes0_8 or Control.MedianEigenvalueRidge
            or Control.TanhForCos or Control.QuadraticForTanh or Control.NoiselessLinearTarget or Control.PublishedTanhSecondDerivative => FitParts.Standard,
        _ => throw new ArgumentOutOfRangeException(nameof(control), control, "a new control must say how it draws data and weights"),
    };

    /// <summary>The factor a wrong-constant variant multiplies S by after the fit; 1 otherwise.</summary>
    public static double SeminormFactor(Control control) => control switch
    {
        Control.SeminormTimes1_25 => 1.25,
        Control.SeminormTimes0_8 => 0.8,
        Control.None or Control.NoLabelNoise or Control.LargeRidge or Control.NoCurvatureTerm or Control.LabelNoise or Control.NoRidge
            or Control.ZeroModel or Control.ConstantRidge or Control.NoiseDroppedFromLabels or Control.WeightsFromDataStream
            or Control.MedianEigenvalueRidge or Control.TanhForCos or Control.QuadraticForTanh or Control.NoiselessLinearTarget
            or Control.PublishedTanhSecondDerivative => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(control), control, "a new control must say whether it rescales S"),
    };

    /// <summary>10 κ(1) for the regime's model and activation.</summary>
    public static double LargeRidge(Regime regime) =>
        LargeRidgeInDiagonalUnits * LeadingOrder.DiagonalScale(regime.Model, regime.Sigma, regime.D);

    /// <summary>The regime at n and at <see cref="TwoSizes.Growth"/>·n, fitted under the same control: every check compares the two.</summary>
    public static (Regime Large, Observation AtN, Observation At4N) ObserveTwoSizes(Regime regime, Control control, ILinearAlgebra? la)
    {
        var large = TwoSizes.Larger(regime);
        return (large, Observe(regime, control, la), Observe(large, control, la));
    }

    /// <summary>
    /// The regime whose repeat 0 is the given regime's repeat r of <see cref="Experiment.Fit"/>: <see cref="RandomStreams.ForRepeat"/>
    /// reseeds, so every stream that reads the regime's seed (σ̂, the linearized scale, the Monte Carlo points of C) follows the repeat.
    /// </summary>
    public static Regime Repeat(Regime regime, int r) => regime with { Seed = new RandomStreams(regime.Seed).ForRepeat(r).Seed };

    /// <summary>Fits and measures; S is the exact seminorm where it exists, else the Monte Carlo one over the regime's test points.</summary>
    public static Observation Observe(Regime regime, Control control = Control.None, ILinearAlgebra? la = null)
    {
        la ??= Backend.Current;
        var fitted = Apply(regime, control);
        var parts = Parts(control);
        if (control == Control.MedianEigenvalueRidge) fitted = fitted with { Ridge = MedianGramEigenvalue(fitted, parts, la) / fitted.N };
        var experiment = Experiment.Fit(fitted, 0, la, parts);
        // f ≡ 0 has no fit of its own: the experiment is kept for its data (the frontier and the spectrum read them).
        if (control == Control.ZeroModel)
            return new Observation(fitted, 0, 0, true, experiment.Train.Y.DotProduct(experiment.Train.Y) / regime.N, experiment);
        var m = Experiment.Measure(experiment, la.Name);
        bool exact = m.SobolevExact is not null;
        double factor = SeminormFactor(control);
        double s = m.IllPosed ? double.NaN : factor * (m.SobolevExact ?? m.Sobolev);
        return new Observation(fitted, s, exact ? 0 : factor * m.SobolevStdErr, exact, m.TrainError, experiment);
    }

    /// <summary>
    /// σ̂ that scales the claim's ratios: the one of the labels the fit saw, except under <see cref="Control.NoLabelNoise"/>,
    /// which keeps the claim's band by drawing σ̂ at the claim's nominal noise (the control asks whether the band can tell
    /// noiseless S from noisy S, not whether σ̂ is right: <see cref="RunSanity.NoiseInChiSquareBand"/> checks that).
    /// </summary>
    public static double ScaleNoise(Observation observation, Regime claimRegime, Control control) =>
        control == Control.NoLabelNoise ? RealizedNoise.OfDataset(RealizedNoise.NominalTrain(claimRegime)) : observation.SigmaHat;

    /// <summary>The training set the scale is computed from: the fit's own, or under <see cref="Control.NoLabelNoise"/> the claim's nominal labels.</summary>
    public static Dataset ScaleData(Observation observation, Regime claimRegime, Control control) =>
        control == Control.NoLabelNoise ? RealizedNoise.NominalTrain(claimRegime) : observation.Experiment.Train;

    /// <summary>The median eigenvalue of the Gram matrix ZZᵀ (or K) of the regime's min-norm fit: element n/2 of the ascending spectrum.</summary>
    private static double MedianGramEigenvalue(Regime regime, FitParts parts, ILinearAlgebra la)
    {
        var spectrum = GramSpectrum.Of(Experiment.Fit(regime with { Ridge = 0 }, 0, la, parts), la);
        return regime.N * spectrum[spectrum.Length / 2];
    }
}

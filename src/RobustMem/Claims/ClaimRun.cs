using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>Fits a regime under a <see cref="Control"/> and measures it; the one place where a control changes the model.</summary>
public static class ClaimRun
{
    /// <summary>λ of the large-ridge control, in units of the Gram diagonal κ(1): nλ then dwarfs every eigenvalue of ZZᵀ.</summary>
    public const double LargeRidgeInDiagonalUnits = 10;

    /// <summary>The regime actually fitted: the control's noise and ridge replace the claim's.</summary>
    public static Regime Apply(Regime regime, Control control) => control switch
    {
        Control.NoLabelNoise => regime with { Noise = 0 },
        Control.LabelNoise => regime with { Noise = 1 },
        Control.LargeRidge => regime with { Ridge = LargeRidge(regime) },
        Control.NoRidge => regime with { Ridge = 0 },
        Control.ConstantRidge => regime with { Ridge = LeadingOrder.DiagonalScale(regime.Model, regime.Sigma, regime.D) },
        _ => regime,
    };

    /// <summary>10 κ(1) for the regime's model and activation.</summary>
    public static double LargeRidge(Regime regime) =>
        LargeRidgeInDiagonalUnits * LeadingOrder.DiagonalScale(regime.Model, regime.Sigma, regime.D);

    /// <summary>The regime at n and at <see cref="ScalingCheck.Growth"/>·n, fitted under the same control: every check compares the two.</summary>
    public static (Regime Large, Observation AtN, Observation At4N) ObserveTwoSizes(Regime regime, Control control, ILinearAlgebra? la)
    {
        var large = regime with { N = ScalingCheck.Growth * regime.N };
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
        var experiment = Experiment.Fit(fitted, 0, la, includeCurvatureTerm: control != Control.NoCurvatureTerm);
        // f ≡ 0 has no fit of its own: the experiment is kept for its data (the frontier and the spectrum read them).
        if (control == Control.ZeroModel)
            return new Observation(fitted, 0, 0, true, experiment.Train.Y.DotProduct(experiment.Train.Y) / regime.N, experiment);
        var m = Experiment.Measure(experiment, la.Name);
        bool exact = m.SobolevExact is not null;
        double s = m.IllPosed ? double.NaN : m.SobolevExact ?? m.Sobolev;
        return new Observation(fitted, s, exact ? 0 : m.SobolevStdErr, exact, m.TrainError, experiment);
    }
}

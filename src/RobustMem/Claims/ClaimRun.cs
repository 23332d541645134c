using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>Fits a regime under a <see cref="Control"/> and measures it, at one size or at the two sizes every two-size check compares.</summary>
internal static class ClaimRun
{
    /// <summary>λ of the large-ridge control, in units of the Gram diagonal κ(1): nλ then dwarfs every eigenvalue of ZZᵀ.</summary>
    public const double LargeRidgeInDiagonalUnits = 10;

    /// <summary>10 κ(1) for the regime's model and activation.</summary>
    public static double LargeRidge(Regime regime) =>
        LargeRidgeInDiagonalUnits * LeadingOrder.DiagonalScale(regime.Model, regime.Sigma, regime.D);

    /// <summary>The regime at n and at <see cref="TwoSizes.Growth"/>·n, fitted under the same control: every check compares the two.</summary>
    public static (Regime Large, Observation AtN, Observation At4N) ObserveTwoSizes(Regime regime, Control? control, ILinearAlgebra? la, Quantity? quantity = null)
    {
        var large = TwoSizes.Larger(regime);
        return (large, Observe(regime, control, la, quantity), Observe(large, control, la, quantity));
    }

    /// <summary>
    /// The regime whose repeat 0 is the given regime's repeat r of <see cref="Experiment.Fit"/>: <see cref="RandomStreams.ForRepeat"/>
    /// reseeds, so every stream that reads the regime's seed (σ̂, the linearized scale, the Monte Carlo points of C) follows the repeat.
    /// </summary>
    public static Regime Repeat(Regime regime, int r) => regime with { Seed = new RandomStreams(regime.Seed).ForRepeat(r).Seed };

    /// <summary>
    /// Fits the regime under the control (<see cref="Control.Apply"/>, <see cref="Control.Fit"/>) and measures
    /// <paramref name="quantity"/> on it (<see cref="Control.Measure"/>; S when null).
    /// </summary>
    public static Observation Observe(Regime regime, Control? control = null, ILinearAlgebra? la = null, Quantity? quantity = null)
    {
        la ??= Backend.Current;
        control ??= Control.None;
        var (fitted, experiment) = control.Fit(control.Apply(regime), la);
        return control.Measure(fitted, experiment, quantity ?? Quantity.Seminorm, la);
    }
}

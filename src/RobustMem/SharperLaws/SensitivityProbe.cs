using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.SharperLaws;

/// <summary>
/// One point of the sharper laws' figures: the min-norm interpolator's sensitivity ‖∇f(x₀)‖ at the fresh point x₀ that
/// <c>measure</c> reports as <c>sensitivity</c>, on the same data, and nothing else (no Monte Carlo seminorm, no test error).
/// </summary>
/// <remarks>
/// Same streams as <see cref="Experiment.Fit"/> and <see cref="Experiment.SensitivityAndLipschitz(FittedExperiment, MathNet.Numerics.LinearAlgebra.Matrix{double})"/>,
/// so the figure's S at a regime is measure's <c>sensitivity</c> at that regime.
/// </remarks>
public static class SensitivityProbe
{
    /// <summary>‖∇f(x₀)‖ of the regime's min-norm fit (repeat 0).</summary>
    /// <param name="regime">The regime; validated.</param>
    /// <param name="la">Backend; the process default when null.</param>
    /// <param name="progress">Told the fraction done, for a progress line on long points; may be null.</param>
    public static double Measure(Regime regime, ILinearAlgebra? la = null, IProgress<double>? progress = null)
    {
        var fitted = Experiment.Fit(regime, 0, la);
        if (fitted.Report.IllPosed) return double.NaN;
        var x0 = InputSampler.Sample(regime.Law, 1, regime.D, fitted.Streams.SensitivityPoint).Row(0);
        progress?.Report(1);
        return Seminorm.Sensitivity.At(fitted.Gradients, x0);
    }

    /// <summary>Refuses, with one line, a regime the probe cannot run on this machine.</summary>
    public static Regime Validate(Regime regime) => regime.Validate();
}

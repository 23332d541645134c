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
/// so the figure's S at a regime is measure's <c>sensitivity</c> at that regime. The model chooses the route
/// (<see cref="Models.Model.Sensitivity"/>): finite RF streams W in blocks and finite NTK fits in its dual, neither forming
/// the N×m feature matrix, so the paper's largest points (RF k = 2·10⁵, NTK kd = 3·10⁵ at N = 1200, d = 1000) fit in
/// memory; every other model fits as measure does. NaN when the fit is ill-posed (or, on the RF and NTK routes, its Gram
/// too ill-conditioned to certify).
/// </remarks>
internal static class SensitivityProbe
{
    /// <summary>‖∇f(x₀)‖ of the regime's min-norm fit (repeat 0).</summary>
    /// <param name="regime">The regime; validated for the probe's own route (<see cref="Regime.ValidateForSensitivity"/>).</param>
    /// <param name="la">Backend; the process default when null.</param>
    /// <param name="progress">Told the fraction done (of W's rows over all passes on the RF route), for a progress line on long points; may be null.</param>
    public static double Measure(Regime regime, ILinearAlgebra? la = null, IProgress<double>? progress = null)
    {
        regime.ValidateForSensitivity();
        la ??= Backend.Current;
        var streams = new RandomStreams(regime.Seed).ForRepeat(0);
        var train = FitParts.Standard.Data(regime, streams);
        var x0 = InputSampler.Sample(regime.Law, 1, regime.D, streams.SensitivityPoint).Row(0);
        return regime.Model.Sensitivity(regime, streams, train, x0, la, progress);
    }

    /// <summary>Refuses, with one line, a regime the probe cannot run on this machine.</summary>
    public static Regime Validate(Regime regime) => regime.ValidateForSensitivity();
}

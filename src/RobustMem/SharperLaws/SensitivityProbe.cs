using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.SharperLaws;

/// <summary>
/// One point of the sharper laws' figures: the min-norm interpolator's sensitivity ‖∇f(x₀)‖ at the fresh point x₀ that
/// <c>measure</c> reports as <c>sensitivity</c>, on the same data, and nothing else (no Monte Carlo seminorm, no test error).
/// </summary>
/// <remarks>
/// Same streams as <see cref="Experiment.Fit"/> and <see cref="Experiment.SensitivityOf"/>, and the same route: the model's
/// <see cref="Models.Model.Sensitivity"/> fits as its <see cref="Models.Model.Fit"/> does (issue 19: one route per model,
/// chosen by cost), so the figure's S at a regime is measure's <c>sensitivity</c> at that regime, and its guard is measure's
/// for the sensitivity alone. The finite RF streams W in blocks when its dense matrices would not fit in memory, and the
/// finite NTK fits in its dual when that is cheaper, neither forming the N×m feature matrix, so the paper's largest points
/// (RF k = 2·10⁵, NTK kd = 3·10⁵ at N = 1200, d = 1000) fit in memory. NaN when the fit is ill-posed.
/// </remarks>
internal static class SensitivityProbe
{
    /// <summary>‖∇f(x₀)‖ of the regime's min-norm fit (repeat 0).</summary>
    /// <param name="regime">The regime; validated for the probe's own route (<see cref="Regime.ValidateForSensitivity"/>).</param>
    /// <param name="la">Backend; the process default when null.</param>
    /// <param name="progress">Told the fraction done (of W's rows on the streamed RF route), for a progress line on long points; may be null.</param>
    public static double Measure(Regime regime, ILinearAlgebra? la = null, IProgress<double>? progress = null)
    {
        regime.ValidateForSensitivity();
        la ??= Backend.Current;
        var streams = new RandomStreams(regime.Seed).ForRepeat(0);
        var train = FitParts.Standard.Data(regime, streams);
        return regime.Model.Sensitivity(regime, streams, train, Experiment.SensitivityPoint(regime, streams), la, progress);
    }
}

using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>What one fit under a control measured: the claim's quantity (S by default: exact where C has a closed form, Monte Carlo otherwise) and the training error.</summary>
/// <param name="Fitted">The regime actually fitted (noise and ridge after the control).</param>
/// <param name="Quantity">What <paramref name="Value"/> is (<see cref="Claim.Measures"/>).</param>
/// <param name="Value">The quantity on the fitted model; NaN when the fit is ill-posed.</param>
/// <param name="StandardError">Monte Carlo standard error of the value, 0 when exact or deterministic.</param>
/// <param name="Exact">The value is exact (for S: from the closed-form C).</param>
/// <param name="TrainError">(1/n) Σ (f(x_i) − y_i)².</param>
/// <param name="Experiment">The fitted experiment, for the frontier.</param>
public sealed record Observation(Regime Fitted, Quantity Quantity, double Value, double StandardError, bool Exact, double TrainError, FittedExperiment Experiment)
{
    public bool IllPosed => double.IsNaN(Value);

    /// <summary>σ̂ = ‖y − Xw*‖/√n of the labels this fit saw: the training error the target itself would have.</summary>
    public double SigmaHat { get; } = RealizedNoise.OfDataset(Experiment.Train);
}

using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Quantity
{
    /// <summary>
    /// The Lipschitz estimate: the largest ‖∇f‖ over the regime's Monte Carlo points, raised by ascent on the sphere
    /// ‖x‖ = ‖x₀‖ (<see cref="Seminorm.LipschitzLowerBound"/>). A lower estimate of Lip(f): what a conjecture on Lip(f)
    /// itself is compared with.
    /// </summary>
    public static Quantity LipschitzEstimate { get; } = new LipschitzEstimateQuantity();

    private sealed class LipschitzEstimateQuantity() : Quantity("Lipschitz estimate", "Lip̂(f)")
    {
        public override Reading Read(FittedExperiment fitted, Measurement measurement) =>
            new(measurement.IllPosed ? double.NaN : Experiment.SensitivityAndLipschitz(fitted).LipschitzLower, 0, false);
    }
}

using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Quantity
{
    /// <summary>The sensitivity ‖∇f(x₀)‖ at one fresh point x₀ of the law (Bombari, Kiyani &amp; Mondelli 2023; <see cref="Seminorm.Sensitivity"/>).</summary>
    public static Quantity Sensitivity { get; } = new SensitivityQuantity();

    private sealed class SensitivityQuantity() : Quantity("sensitivity", "‖∇f(x₀)‖")
    {
        public override Reading Read(FittedExperiment fitted, Measurement measurement) =>
            new(measurement.IllPosed ? double.NaN : Experiment.SensitivityOf(fitted), 0, false);
    }
}

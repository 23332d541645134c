using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Quantity
{
    /// <summary>S = (E‖∇f‖²)^½ over the law (THEORY.md §1): exact where C has a closed form, else Monte Carlo over the regime's points.</summary>
    public static Quantity Seminorm { get; } = new SeminormQuantity();

    private sealed class SeminormQuantity() : Quantity("Sobolev seminorm", "S")
    {
        public override Reading Read(FittedExperiment fitted, Measurement measurement)
        {
            bool exact = measurement.SobolevExact is not null;
            return new(measurement.IllPosed ? double.NaN : measurement.SobolevExact ?? measurement.Sobolev, exact ? 0 : measurement.SobolevStdErr, exact);
        }
    }
}

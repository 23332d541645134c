using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Quantity
{
    /// <summary>
    /// Lip(ψ)·‖a‖₂·‖W‖_op of the fit as a two-layer network (<see cref="Features.TwoLayerNetwork.LipschitzProxy"/>): an
    /// upper bound on Lip(f), the quantity of Bubeck, Li &amp; Nagaraj's (2021) weak law. A fit that is no such network
    /// (NTK features, a kernel) has no parameters to take it from, and is refused rather than given another quantity.
    /// </summary>
    public static Quantity ParameterNormProxy { get; } = new ParameterNormProxyQuantity();

    private sealed class ParameterNormProxyQuantity() : Quantity("parameter-norm proxy", "Lip(ψ)·‖a‖₂·‖W‖_op")
    {
        public override Reading Read(FittedExperiment fitted, Measurement measurement)
        {
            var network = fitted.Network ?? throw new ArgumentOutOfRangeException(nameof(fitted), fitted.Regime.Model.Name,
                "the parameter-norm proxy needs the fit's two-layer parameters (a, W); this model has none");
            return new(measurement.IllPosed ? double.NaN : network.LipschitzProxy, 0, true);
        }
    }
}

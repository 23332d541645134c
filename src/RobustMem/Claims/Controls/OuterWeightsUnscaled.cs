using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>
    /// Wrong variant of the parameter-norm proxy (claim BLN): the outer weights taken as the fitted coefficients v, without
    /// the features' 1/√k (a = v instead of v/√k), the bug issue 18 met when ‖a‖ had to be inferred from a private scale.
    /// Every Lip(ψ)·‖a‖₂·‖W‖_op is then √k times too large.
    /// </summary>
    public static Control OuterWeightsUnscaled { get; } = new OuterWeightsUnscaledControl();

    private sealed class OuterWeightsUnscaledControl() : Control(nameof(OuterWeightsUnscaled))
    {
        public override Observation Measure(Regime fitted, FittedExperiment experiment, Quantity quantity, ILinearAlgebra la)
        {
            // A bug of the proxy's parameters: on any other quantity it would be some other bug under this name.
            if (quantity != Quantity.ParameterNormProxy)
                throw new ArgumentException($"{Name} is a wrong variant of the parameter-norm proxy, not of the {quantity.Name}", nameof(quantity));
            var observed = base.Measure(fitted, experiment, quantity, la);
            return observed with { Value = observed.Value * Math.Sqrt(fitted.K) };
        }
    }
}

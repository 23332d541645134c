using RobustMem.Activations;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Claims;

/// <summary>The subgroup of regimes a band keyed by model and activation is calibrated on; prints as "rf relu".</summary>
public sealed record ModelActivation(Model Model, Activation Sigma)
{
    /// <summary>The regime's model and activation.</summary>
    public static ModelActivation Of(Regime regime) => new(regime.Model, regime.Sigma);

    public override string ToString() => $"{Model.Name} {Sigma.Name}";
}

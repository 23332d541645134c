using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// The subgroup of regimes a scaling band is calibrated on: the activation for the kernels; activation, input law and
/// k/d (rounded) for finite models. Prints as the calibration names it ("relu", "relu sphere k/d=2").
/// </summary>
/// <param name="Sigma">The activation.</param>
/// <param name="Law">The input law (finite models only; a kernel's rows are per activation).</param>
/// <param name="WidthRatio">k/d rounded to an integer (finite models only).</param>
public sealed record Subgroup(Activation Sigma, InputLaw? Law = null, int? WidthRatio = null)
{
    /// <summary>A kernel's subgroup: the activation.</summary>
    public static Subgroup Kernel(Activation sigma) => new(sigma);

    /// <summary>A finite model's subgroup: activation, law and k/d.</summary>
    public static Subgroup Finite(Activation sigma, InputLaw law, int widthRatio) => new(sigma, law, widthRatio);

    /// <summary>The subgroup a regime belongs to.</summary>
    public static Subgroup Of(Regime regime) =>
        // A capability, not a model's identity: a kernel has no width, and its calibrated rows are per activation.
        regime.Model.IsKernel ? Kernel(regime.Sigma)
            : Finite(regime.Sigma, regime.Law, (int)Math.Round((double)regime.K / regime.D));

    public override string ToString() => Law is null ? Sigma.Name : $"{Sigma.Name} {Law.Name} k/d={WidthRatio}";
}

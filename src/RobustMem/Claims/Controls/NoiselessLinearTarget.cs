using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>σ = 0 with the representable linear target (claim U): nothing forces √(nd/p).</summary>
    public static Control NoiselessLinearTarget { get; } = new NoiselessLinearTargetControl();

    private sealed class NoiselessLinearTargetControl() : Control(nameof(NoiselessLinearTarget))
    {
        public override Regime Apply(Regime regime) => regime with { Noise = 0, Target = LabelTarget.Linear };
    }
}

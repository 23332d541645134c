using RobustMem.Activations;
using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>tanh in place of cos (claim B-NTK-even): a non-even activation, whose NTK sensitivity plateaus in k.</summary>
    public static Control TanhForCos { get; } = new TanhForCosControl();

    private sealed class TanhForCosControl() : Control(nameof(TanhForCos))
    {
        public override Regime Apply(Regime regime) => regime with { Activation = Activation.Tanh };
    }
}

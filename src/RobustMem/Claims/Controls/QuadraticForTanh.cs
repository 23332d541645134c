using RobustMem.Activations;
using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>x²/2 in place of tanh (claim B-RF): μ₁ = 0, so the RF sensitivity keeps falling with k.</summary>
    public static Control QuadraticForTanh { get; } = new QuadraticForTanhControl();

    private sealed class QuadraticForTanhControl() : Control(nameof(QuadraticForTanh))
    {
        public override Regime Apply(Regime regime) => regime with { Activation = Activation.Quadratic };
    }
}

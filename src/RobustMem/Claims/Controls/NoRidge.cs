using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>Min-norm (λ = 0) where claim R asks for a ridge: memorization is not lost.</summary>
    public static Control NoRidge { get; } = new NoRidgeControl();

    private sealed class NoRidgeControl() : Control(nameof(NoRidge))
    {
        public override Regime Apply(Regime regime) => regime with { Ridge = 0 };
    }
}

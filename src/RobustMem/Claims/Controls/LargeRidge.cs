using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>Ridge λ = 10 κ(1) (<see cref="ClaimRun.LargeRidge"/>): memorization is lost and S stays small (claim R).</summary>
    public static Control LargeRidge { get; } = new LargeRidgeControl();

    private sealed class LargeRidgeControl() : Control(nameof(LargeRidge))
    {
        public override Regime Apply(Regime regime) => regime with { Ridge = ClaimRun.LargeRidge(regime) };
    }
}

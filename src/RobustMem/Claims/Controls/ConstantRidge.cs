using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>
    /// The constant-λ·I model (claim R): ridge with λ = κ(1), the Gram diagonal, wherever the check places λ along the
    /// spectrum. This is the smallest of the old claim R's draws {1, 10, 100}·κ(1): nλ exceeds every eigenvalue of the
    /// Gram matrix, the fit is ≈ 0 and the path never passes through the memorizing regime.
    /// </summary>
    public static Control ConstantRidge { get; } = new ConstantRidgeControl();

    private sealed class ConstantRidgeControl() : Control(nameof(ConstantRidge))
    {
        public override Regime Apply(Regime regime) => regime with { Ridge = LeadingOrder.DiagonalScale(regime.Model, regime.Sigma, regime.D) };
    }
}

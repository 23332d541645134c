using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>The published sharper-laws code's tanh″ = −2 tanh(1 − tanh), not −2 tanh(1 − tanh²) (claim B-NTK-plateau).</summary>
    public static Control PublishedTanhSecondDerivative { get; } = new PublishedTanhSecondDerivativeControl();

    private sealed class PublishedTanhSecondDerivativeControl() : Control(nameof(PublishedTanhSecondDerivative))
    {
        public override Regime Apply(Regime regime) => regime with { Activation = PublishedCodeTanh.Instance };
    }
}

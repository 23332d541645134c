using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>σ = 1 where claim N asks for σ = 0: the level bound must then fail.</summary>
    public static Control LabelNoise { get; } = new LabelNoiseControl();

    private sealed class LabelNoiseControl() : Control(nameof(LabelNoise))
    {
        public override Regime Apply(Regime regime) => regime with { Noise = 1 };
    }
}

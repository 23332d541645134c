using RobustMem.Activations;

namespace RobustMem.Tests.Support;

/// <summary>A deliberately broken activation for negative controls: σ is right, σ′ or σ″ is scaled.</summary>
internal sealed class DistortedActivation(Activation inner, double firstScale = 1, double secondScale = 1) : Activation
{
    public override string Name => $"{inner.Name}-distorted";
    public override bool IsEven => inner.IsEven;
    public override double Lipschitz => Math.Abs(firstScale) * inner.Lipschitz; // of the distorted σ′, the one the gradients use
    public override double Value(double z) => inner.Value(z);
    public override double First(double z) => firstScale * inner.First(z);
    public override double Second(double z) => secondScale * inner.Second(z);
}

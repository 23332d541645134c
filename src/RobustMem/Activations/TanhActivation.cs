namespace RobustMem.Activations;

internal sealed class TanhActivation : Activation
{
    public override string Name => "tanh";
    public override double Lipschitz => 1; // σ′ = 1 − tanh² peaks at z = 0
    public override double Value(double z) => Math.Tanh(z);
    public override double First(double z) { double t = Math.Tanh(z); return 1 - t * t; }
    public override double Second(double z) { double t = Math.Tanh(z); return -2 * t * (1 - t * t); }
}

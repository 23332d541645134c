namespace RobustMem.Activations;

internal sealed class AbsActivation : Activation
{
    public override string Name => "abs";
    public override double Lipschitz => 1; // |σ′| = 1 off the kink
    public override bool IsEven => true;
    public override double Value(double z) => Math.Abs(z);
    public override double First(double z) => Math.Sign(z);
    public override double Second(double z) => 0;
}

namespace RobustMem.Activations;

internal sealed class QuadraticActivation : Activation
{
    public override string Name => "quadratic";
    public override double Lipschitz => double.PositiveInfinity; // σ′ = z is unbounded
    public override bool IsEven => true;
    public override double Value(double z) => 0.5 * z * z;
    public override double First(double z) => z;
    public override double Second(double z) => 1;
}

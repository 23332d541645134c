namespace RobustMem.Activations;

internal sealed class ReluActivation : Activation
{
    public override string Name => "relu";
    public override double Lipschitz => 1; // σ′ ∈ {0, 1}
    public override double Value(double z) => z > 0 ? z : 0;
    public override double First(double z) => z > 0 ? 1 : 0;
    public override double Second(double z) => 0;
}

namespace RobustMem.Activations;

/// <summary>σ(z) = cos z: even, so μ₁ = 0 and σ′ = −sin is odd (the sharper laws' NTK example, Bombari et al. 2023).</summary>
internal sealed class CosActivation : Activation
{
    public override string Name => "cos";
    public override double Lipschitz => 1; // |sin| ≤ 1, attained at π/2
    public override bool IsEven => true;
    public override double Value(double z) => Math.Cos(z);
    public override double First(double z) => -Math.Sin(z);
    public override double Second(double z) => -Math.Cos(z);
}

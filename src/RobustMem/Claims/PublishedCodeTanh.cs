using RobustMem.Activations;

namespace RobustMem.Claims;

/// <summary>
/// tanh with the second derivative of the published sharper-laws code (simone-bombari/beyond-universal-robustness,
/// utils.py): −2 tanh(z)(1 − tanh(z)) where the derivative is −2 tanh(z)(1 − tanh²(z)). A wrong variant for the
/// controls only (<see cref="Control.PublishedTanhSecondDerivative"/>): it enters the NTK gradient through σ″.
/// </summary>
internal sealed class PublishedCodeTanh : Activation
{
    public static readonly PublishedCodeTanh Instance = new();

    public override string Name => "tanh";
    public override double Lipschitz => 1; // σ and σ′ are tanh's; only σ″ is the published code's
    public override double Value(double z) => Math.Tanh(z);
    public override double First(double z) { double t = Math.Tanh(z); return 1 - t * t; }
    public override double Second(double z) { double t = Math.Tanh(z); return -2 * t * (1 - t); }
}

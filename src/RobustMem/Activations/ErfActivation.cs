using MathNet.Numerics;

namespace RobustMem.Activations;

internal sealed class ErfActivation : Activation
{
    private static readonly double TwoOverSqrtPi = 2 / Math.Sqrt(Math.PI);
    public override string Name => "erf";
    public override double Lipschitz => TwoOverSqrtPi; // σ′(0) = 2/√π, the peak of the Gaussian
    public override double Value(double z) => SpecialFunctions.Erf(z);
    public override double First(double z) => TwoOverSqrtPi * Math.Exp(-z * z);
    public override double Second(double z) => -2 * z * TwoOverSqrtPi * Math.Exp(-z * z);
}

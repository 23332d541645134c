using RobustMem.Activations;
using RobustMem.Data;

namespace RobustMem.Properties.Regimes;

/// <summary>The sets of activations and laws several claims' families draw from (properties/RobustMem.Properties/Claims).</summary>
internal static class Hypotheses
{
    public static readonly Activation[] Homogeneous = [Activation.Relu, Activation.Abs];
    public static readonly InputLaw[] RotationInvariant = [InputLaw.Sphere, InputLaw.Gaussian];
    public static readonly InputLaw[] AllLaws = [InputLaw.Sphere, InputLaw.Gaussian, InputLaw.Cube, InputLaw.Laplace];

    /// <summary>erf and tanh: nearly linear features with rank ≈ d (claim M), so a family keeps n or 4n below d for them.</summary>
    public static bool NearlyLinear(Activation sigma) => sigma == Activation.Erf || sigma == Activation.Tanh;
}

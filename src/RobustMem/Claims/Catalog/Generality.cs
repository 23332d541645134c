using RobustMem.Activations;
using RobustMem.Data;
using static RobustMem.Claims.Catalog.ScalingRows;
using static RobustMem.Claims.Subgroup;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim G (THEORY.md §2): claim II's √n scaling of min-norm S for every log-concave isotropic law and every activation
/// (<see cref="ScalingCheck"/>). Its properties, regime family and controls:
/// properties/RobustMem.Properties/Claims/Generality/ (GeneralityCases.cs, ClaimG_Generality.cs).
/// </summary>
internal static class Generality
{
    public static Claim Claim { get; } = new("G",
        "Generality over laws and activations.",
        "every log-concave isotropic law (sphere, gaussian, cube, laplace), every activation",
        "the same √n scaling of min-norm S")
    {
        Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise,
        ScalingBands = Table("G", new()
        {
            [Finite(Activation.Abs, InputLaw.Cube, 2)] = Entry(14, 0.959, 1.456, 0.948, 1.525, 0.764, 1.354),
            [Finite(Activation.Abs, InputLaw.Cube, 3)] = Entry(12, 0.798, 1.212, 0.776, 1.248, 0.751, 1.332),
            [Finite(Activation.Abs, InputLaw.Gaussian, 2)] = Entry(12, 0.943, 1.432, 0.967, 1.556, 0.793, 1.406),
            [Finite(Activation.Abs, InputLaw.Gaussian, 3)] = Entry(10, 0.696, 1.383, 0.786, 1.265, 0.748, 1.383),
            [Finite(Activation.Abs, InputLaw.Laplace, 2)] = Entry(22, 0.958, 1.560, 0.913, 1.678, 0.653, 1.568),
            [Finite(Activation.Abs, InputLaw.Laplace, 3)] = Entry(22, 0.795, 1.208, 0.783, 1.260, 0.762, 1.349),
            [Finite(Activation.Abs, InputLaw.Sphere, 2)] = Entry(32, 0.954, 1.449, 0.899, 1.595, 0.733, 1.416),
            [Finite(Activation.Abs, InputLaw.Sphere, 3)] = Entry(28, 0.797, 1.211, 0.771, 1.241, 0.748, 1.326),
            [Finite(Activation.Erf, InputLaw.Cube, 2)] = Entry(26, 1.020, 1.549, 1.076, 1.835, 0.840, 1.489),
            [Finite(Activation.Erf, InputLaw.Cube, 3)] = Entry(6, 0.996, 1.514, 1.103, 1.906, 0.850, 1.641),
            [Finite(Activation.Erf, InputLaw.Gaussian, 2)] = Entry(26, 1.003, 1.524, 1.088, 1.751, 0.839, 1.486),
            [Finite(Activation.Erf, InputLaw.Gaussian, 3)] = Entry(22, 0.972, 1.477, 1.104, 1.780, 0.879, 1.557),
            [Finite(Activation.Erf, InputLaw.Laplace, 2)] = Entry(20, 1.018, 1.547, 1.100, 1.770, 0.835, 1.480),
            [Finite(Activation.Erf, InputLaw.Laplace, 3)] = Entry(18, 0.981, 1.535, 1.099, 1.768, 0.853, 1.513),
            [Finite(Activation.Erf, InputLaw.Sphere, 2)] = Entry(26, 1.017, 1.545, 1.090, 1.754, 0.829, 1.469),
            [Finite(Activation.Erf, InputLaw.Sphere, 3)] = Entry(22, 0.964, 1.464, 1.055, 1.770, 0.864, 1.531),
            [Finite(Activation.Quadratic, InputLaw.Cube, 2)] = Entry(16, 0.833, 1.458, 0.855, 1.375, 0.721, 1.343),
            [Finite(Activation.Quadratic, InputLaw.Cube, 3)] = Entry(16, 0.730, 1.109, 0.695, 1.118, 0.736, 1.304),
            [Finite(Activation.Quadratic, InputLaw.Gaussian, 2)] = Entry(22, 0.784, 1.589, 0.763, 1.667, 0.691, 1.477),
            [Finite(Activation.Quadratic, InputLaw.Gaussian, 3)] = Entry(22, 0.698, 1.181, 0.684, 1.141, 0.714, 1.327),
            [Finite(Activation.Quadratic, InputLaw.Laplace, 2)] = Entry(14, 0.928, 1.410, 0.837, 1.682, 0.715, 1.504),
            [Finite(Activation.Quadratic, InputLaw.Laplace, 3)] = Entry(26, 0.704, 1.262, 0.752, 1.216, 0.716, 1.438),
            [Finite(Activation.Quadratic, InputLaw.Sphere, 2)] = Entry(28, 0.849, 1.305, 0.815, 1.381, 0.731, 1.389),
            [Finite(Activation.Quadratic, InputLaw.Sphere, 3)] = Entry(30, 0.721, 1.095, 0.696, 1.119, 0.746, 1.322),
            [Finite(Activation.Relu, InputLaw.Cube, 2)] = Entry(10, 0.845, 1.449, 0.806, 1.368, 0.713, 1.263),
            [Finite(Activation.Relu, InputLaw.Cube, 3)] = Entry(10, 0.817, 1.241, 0.740, 1.191, 0.701, 1.241),
            [Finite(Activation.Relu, InputLaw.Gaussian, 2)] = Entry(24, 0.839, 1.478, 0.845, 1.416, 0.710, 1.360),
            [Finite(Activation.Relu, InputLaw.Gaussian, 3)] = Entry(14, 0.799, 1.214, 0.706, 1.245, 0.705, 1.287),
            [Finite(Activation.Relu, InputLaw.Laplace, 2)] = Entry(12, 0.835, 1.618, 0.829, 1.334, 0.606, 1.352),
            [Finite(Activation.Relu, InputLaw.Laplace, 3)] = Entry(20, 0.815, 1.295, 0.755, 1.214, 0.700, 1.240),
            [Finite(Activation.Relu, InputLaw.Sphere, 2)] = Entry(36, 0.885, 1.375, 0.836, 1.402, 0.697, 1.383),
            [Finite(Activation.Relu, InputLaw.Sphere, 3)] = Entry(24, 0.803, 1.221, 0.737, 1.185, 0.709, 1.256),
            [Finite(Activation.Tanh, InputLaw.Cube, 2)] = Entry(20, 1.013, 1.538, 1.100, 1.769, 0.840, 1.488),
            [Finite(Activation.Tanh, InputLaw.Cube, 3)] = Entry(20, 0.961, 1.460, 1.085, 1.746, 0.873, 1.546),
            [Finite(Activation.Tanh, InputLaw.Gaussian, 2)] = Entry(10, 0.997, 1.551, 1.085, 1.746, 0.832, 1.473),
            [Finite(Activation.Tanh, InputLaw.Gaussian, 3)] = Entry(20, 0.979, 1.488, 1.105, 1.805, 0.875, 1.566),
            [Finite(Activation.Tanh, InputLaw.Laplace, 2)] = Entry(12, 1.023, 1.554, 1.101, 1.772, 0.832, 1.475),
            [Finite(Activation.Tanh, InputLaw.Laplace, 3)] = Entry(16, 0.968, 1.471, 1.037, 1.818, 0.807, 1.640),
            [Finite(Activation.Tanh, InputLaw.Sphere, 2)] = Entry(30, 1.014, 1.541, 1.099, 1.768, 0.837, 1.484),
            [Finite(Activation.Tanh, InputLaw.Sphere, 3)] = Entry(30, 0.967, 1.469, 1.073, 1.727, 0.858, 1.521),
        }),
    };
}

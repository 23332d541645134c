using RobustMem.Activations;
using RobustMem.LinearAlgebra;

namespace RobustMem.Kernels;

/// <summary>K_NTK(x, x′) = ⟨x, x′⟩ · E_w[σ′(w·x) σ′(w·x′)], w ~ N(0, s²I) (s = 1/√d by default): relu, abs, erf, quadratic and cos (THEORY.md §1, §5).</summary>
/// <remarks>Other activations (tanh, softplus) go through <see cref="QuadratureNeuralTangentKernel"/>; <see cref="KernelLimit"/> picks.</remarks>
internal sealed class NeuralTangentKernel : InnerProductKernel
{
    private readonly Activation _activation;

    public NeuralTangentKernel(Activation activation, int inputDimension, ILinearAlgebra? la = null, double? weightSd = null) : base(inputDimension, la, weightSd)
    {
        if (!RandomFeatureKernel.HasClosedForm(activation))
            throw new NotSupportedException($"the neural-tangent kernel of '{activation.Name}' has no closed form here; use relu, abs, erf, quadratic or cos, or the finite model.");
        _activation = activation;
    }

    public override string Name => $"ntk-kernel/{_activation.Name}";

    protected internal override double Value(double a, double b, double c) => c * Derivatives(a, b, c).h;

    protected internal override (double dc, double db) Partials(double a, double b, double c)
    {
        var (h, dhdc, dhdb) = Derivatives(a, b, c);
        return (h + c * dhdc, c * dhdb);
    }

    /// <summary>h = E[σ′σ′] and its partials in c and b.</summary>
    private (double h, double dhdc, double dhdb) Derivatives(double a, double b, double c)
    {
        double s = WeightVariance;
        if (_activation == Activation.Quadratic) return (s * c, s, 0);
        if (_activation == Activation.Cos)
        {
            // σ′ = −sin: E[sin u sin v] = e^{−(A+B)/2} sinh C, A = sa, B = sb, C = sc.
            double damping = Math.Exp(-s * (a + b) / 2), h = damping * Math.Sinh(s * c);
            return (h, s * damping * Math.Cosh(s * c), -s / 2 * h);
        }
        if (_activation == Activation.Erf)
        {
            double p = 1 + 2 * s * a, q = 1 + 2 * s * b, det = p * q - 4 * s * s * c * c;
            double h = 4 / Math.PI / Math.Sqrt(det), cube = h / det;
            return (h, cube * 4 * s * s * c, -cube * s * p);
        }
        // relu and abs: σ′ is 0-homogeneous, so h depends only on ρ = c/√(ab).
        double rho = Cosine(a, b, c), sine = Sine(rho), rootAB = Math.Sqrt(Math.Max(a * b, double.Epsilon));
        var (g, dg) = _activation == Activation.Relu
            ? ((Math.PI - Math.Acos(rho)) / (2 * Math.PI), 1 / (2 * Math.PI * sine))
            : (2 / Math.PI * Math.Asin(rho), 2 / (Math.PI * sine));
        // ∂ρ/∂c = 1/√(ab), ∂ρ/∂b = −ρ/(2b).
        return (g, dg / rootAB, dg * (-rho / (2 * Math.Max(b, double.Epsilon))));
    }
}

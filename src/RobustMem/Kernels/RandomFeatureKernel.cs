using RobustMem.Activations;
using RobustMem.LinearAlgebra;

namespace RobustMem.Kernels;

/// <summary>K_RF(x, x′) = E_w[σ(w·x) σ(w·x′)], w ~ N(0, s²I) (s = 1/√d by default): closed forms for relu, abs, erf, quadratic and cos (THEORY.md §1, §5).</summary>
/// <remarks>Other activations (tanh, softplus) go through <see cref="QuadratureRandomFeatureKernel"/>; <see cref="KernelLimit"/> picks.</remarks>
internal sealed class RandomFeatureKernel : InnerProductKernel
{
    private readonly Activation _activation;

    public RandomFeatureKernel(Activation activation, int inputDimension, ILinearAlgebra? la = null, double? weightSd = null) : base(inputDimension, la, weightSd)
    {
        if (!HasClosedForm(activation))
            throw new NotSupportedException($"the random-features kernel of '{activation.Name}' has no closed form here; use relu, abs, erf, quadratic or cos, or the finite model.");
        _activation = activation;
    }

    public static bool HasClosedForm(Activation a) =>
        a == Activation.Relu || a == Activation.Abs || a == Activation.Erf || a == Activation.Quadratic || a == Activation.Cos;

    public override string Name => $"rf-kernel/{_activation.Name}";

    protected internal override double Value(double a, double b, double c)
    {
        double s = WeightVariance;
        if (_activation == Activation.Quadratic) return s * s * (a * b + 2 * c * c) / 4;
        // cos: E[cos u cos v] = e^{−(A+B)/2} cosh C for (u, v) centred Gaussian with variances A = sa, B = sb, covariance C = sc.
        if (_activation == Activation.Cos) return Math.Exp(-s * (a + b) / 2) * Math.Cosh(s * c);
        if (_activation == Activation.Erf)
            return 2 / Math.PI * Math.Asin(2 * s * c / Math.Sqrt((1 + 2 * s * a) * (1 + 2 * s * b)));
        double rho = Cosine(a, b, c), root = s * Math.Sqrt(a * b);
        // relu: (√(1−ρ²) + (π − arccos ρ)ρ)/(2π); abs: (2/π)(ρ arcsin ρ + √(1−ρ²)); both scaled by s‖x‖‖x′‖.
        return _activation == Activation.Relu
            ? root * (Sine(rho) + (Math.PI - Math.Acos(rho)) * rho) / (2 * Math.PI)
            : root * 2 / Math.PI * (rho * Math.Asin(rho) + Sine(rho));
    }

    protected internal override (double dc, double db) Partials(double a, double b, double c)
    {
        double s = WeightVariance;
        if (_activation == Activation.Quadratic) return (s * s * c, s * s * a / 4);
        if (_activation == Activation.Cos)
        {
            double damping = Math.Exp(-s * (a + b) / 2);
            return (s * damping * Math.Sinh(s * c), -s / 2 * damping * Math.Cosh(s * c));
        }
        if (_activation == Activation.Erf)
        {
            double p = 1 + 2 * s * a, q = 1 + 2 * s * b, t = 2 * s * c / Math.Sqrt(p * q);
            double outer = 2 / Math.PI / Math.Sqrt(Math.Max(1 - t * t, 1e-300));
            return (outer * 2 * s / Math.Sqrt(p * q), outer * (-t * s / q));
        }
        double rho = Cosine(a, b, c), ratio = Math.Sqrt(a / Math.Max(b, double.Epsilon));
        // With K = s√(ab) J(ρ): ∂K/∂c = s J′(ρ) and ∂K/∂b = (s/2)√(a/b)(J − ρJ′) = (s/2)√(a/b)·c₀√(1−ρ²).
        return _activation == Activation.Relu
            ? (s * (Math.PI - Math.Acos(rho)) / (2 * Math.PI), s / (4 * Math.PI) * ratio * Sine(rho))
            : (s * 2 / Math.PI * Math.Asin(rho), s / Math.PI * ratio * Sine(rho));
    }
}

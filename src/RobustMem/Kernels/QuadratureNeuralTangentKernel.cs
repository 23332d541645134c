using RobustMem.Activations;
using RobustMem.LinearAlgebra;

namespace RobustMem.Kernels;

/// <summary>K_NTK(x, x′) = ⟨x, x′⟩ E[σ′(u)σ′(v)], w ~ N(0, s²I), by 2-D Gauss–Hermite quadrature: any smooth σ (tanh, softplus).</summary>
/// <remarks>
/// h = E[σ′(u)σ′(v)] and its partials in c and b are those of the discrete sum (<see cref="BivariateGaussian"/>), which
/// need only σ′ and σ″ (Price's theorem would need σ‴); then ∂K/∂c = h + c ∂h/∂c and ∂K/∂b = c ∂h/∂b.
/// </remarks>
internal sealed class QuadratureNeuralTangentKernel : InnerProductKernel
{
    private readonly Activation _activation;
    private readonly GaussHermite _rule;

    /// <param name="activation">σ, smooth.</param>
    /// <param name="inputDimension">d.</param>
    /// <param name="la">Backend; the process default when null.</param>
    /// <param name="weightSd">s in w ~ N(0, s²I_d); null is 1/√d.</param>
    /// <param name="points">Nodes per dimension (the rule has points² nodes).</param>
    public QuadratureNeuralTangentKernel(Activation activation, int inputDimension, ILinearAlgebra? la = null, double? weightSd = null,
        int points = QuadratureRandomFeatureKernel.DefaultPoints) : base(inputDimension, la, weightSd)
    {
        _activation = activation ?? throw new ArgumentNullException(nameof(activation));
        _rule = GaussHermite.Rule(points);
    }

    public override string Name => $"ntk-kernel/{_activation.Name}";

    protected internal override double Value(double a, double b, double c) => c * H(a, b, c).Value;

    protected internal override (double dc, double db) Partials(double a, double b, double c)
    {
        var (h, dhdb, dhdc) = H(a, b, c);
        return (h + c * WeightVariance * dhdc, c * WeightVariance * dhdb);
    }

    private (double Value, double DB, double DC) H(double a, double b, double c)
    {
        double s = WeightVariance;
        return BivariateGaussian.Symmetric(_rule, s * a, s * b, s * c, _activation.First, _activation.Second);
    }
}

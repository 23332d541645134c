using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Features;

/// <summary>
/// ∇_x f_A of the NTK model, k^{-1/2} Σ_j [σ′(w_j·x) a_j + σ″(w_j·x)⟨a_j, x⟩ w_j], against central differences;
/// the σ″ term is the one the published code drops (THEORY.md §1).
/// </summary>
public sealed class NeuralTangentMapGradientTests
{
    private const int D = 5, K = 7, Points = 4;

    public static TheoryData<string, InputLaw> Cases() => RandomFeatureMapGradientTests.Cases();

    [Theory, MemberData(nameof(Cases))]
    public void Gradient_IsCentralDifference(string activation, InputLaw law)
    {
        var (map, v, x) = Setup(Activation.Parse(activation), law, includeCurvatureTerm: true);
        Assert.True(FiniteDifference.Accepts(map.Gradients(x, v), p => map.Features(p) * v, x, out var error),
            $"ntk {activation} {law}: relative error {error:G3}");
    }

    [Theory, MemberData(nameof(Cases))]
    public void StackedJacobians_ContractToTheGradient(string activation, InputLaw law)
    {
        var (map, v, x) = Setup(Activation.Parse(activation), law, includeCurvatureTerm: true);
        var contracted = map.StackedJacobians(x) * v;
        var numeric = FiniteDifference.Gradient(p => map.Features(p) * v, x);
        var expected = Enumerable.Range(0, Points * D).Select(r => numeric[r / D, r % D]).ToArray();
        double error = (contracted - Vector<double>.Build.Dense(expected)).L2Norm() / Vector<double>.Build.Dense(expected).L2Norm();
        Assert.True(error < FiniteDifference.RelTol, $"ntk {activation} {law}: stacked Jacobians off by {error:G3}");
    }

    [Theory]
    [InlineData("erf")]
    [InlineData("tanh")]
    [InlineData("quadratic")]
    public void WithoutCurvatureTerm_IsRejected(string activation)
    {
        // Control: the published code's gradient, without σ″(w_j·x)⟨a_j, x⟩ w_j.
        foreach (var law in Draw.Laws)
        {
            var (map, v, x) = Setup(Activation.Parse(activation), law, includeCurvatureTerm: false);
            Assert.False(FiniteDifference.Accepts(map.Gradients(x, v), p => map.Features(p) * v, x, out var error),
                $"ntk {activation} {law} without σ″ accepted, relative error {error:G3}");
            var numeric = FiniteDifference.Gradient(p => map.Features(p) * v, x);
            var contracted = map.StackedJacobians(x) * v;
            var expected = Vector<double>.Build.Dense(Points * D, r => numeric[r / D, r % D]);
            Assert.True((contracted - expected).L2Norm() / expected.L2Norm() > FiniteDifference.RelTol,
                $"ntk {activation} {law}: stacked Jacobians without σ″ accepted");
        }
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("abs")]
    public void WithoutCurvatureTerm_IsHarmless_ForPiecewiseLinear(string activation)
    {
        // σ″ = 0 a.e. for relu and abs: dropping the term must change nothing, which is why only erf, tanh and quadratic expose it.
        var (broken, v, x) = Setup(Activation.Parse(activation), InputLaw.Gaussian, includeCurvatureTerm: false);
        var (right, _, _) = Setup(Activation.Parse(activation), InputLaw.Gaussian, includeCurvatureTerm: true);
        Assert.Equal(0, (broken.Gradients(x, v) - right.Gradients(x, v)).FrobeniusNorm(), 14);
    }

    private static (NeuralTangentMap Map, Vector<double> V, Matrix<double> X) Setup(Activation a, InputLaw law, bool includeCurvatureTerm) =>
        (new NeuralTangentMap(Draw.Weights(K, D, 1), a, includeCurvatureTerm: includeCurvatureTerm),
         Draw.Gaussian(K * D, 2),
         Draw.Points(law, Points, D, 3));
}

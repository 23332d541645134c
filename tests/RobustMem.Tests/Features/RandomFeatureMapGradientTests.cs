using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Features;

/// <summary>∇_x f_v of the random-features model, ∇f = k^{-1/2} Wᵀ(σ′(Wx) ⊙ v), against central differences.</summary>
public sealed class RandomFeatureMapGradientTests
{
    private const int D = 6, K = 11, Points = 5;

    public static TheoryData<string, InputLaw> Cases()
    {
        var data = new TheoryData<string, InputLaw>();
        foreach (var a in Activation.Every) foreach (var law in Draw.Laws) data.Add(a.Name, law);
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public void Gradient_IsCentralDifference(string activation, InputLaw law)
    {
        var map = new RandomFeatureMap(Draw.Weights(K, D, 1), Activation.Parse(activation));
        var v = Draw.Gaussian(K, 2);
        var x = Draw.Points(law, Points, D, 3);
        Assert.True(FiniteDifference.Accepts(map.Gradients(x, v), p => map.Features(p) * v, x, out var error),
            $"rf {activation} {law}: relative error {error:G3}");
    }

    [Theory, MemberData(nameof(Cases))]
    public void StackedJacobians_ContractToTheGradient(string activation, InputLaw law)
    {
        var map = new RandomFeatureMap(Draw.Weights(K, D, 1), Activation.Parse(activation));
        var v = Draw.Gaussian(K, 2);
        var x = Draw.Points(law, Points, D, 3);
        var contracted = (map.StackedJacobians(x) * v).ToArray();
        var gradients = map.Gradients(x, v);
        // Row (p, l) of the stack times v is ∂f/∂x_l at point p.
        var expected = Enumerable.Range(0, Points * D).Select(r => gradients[r / D, r % D]).ToArray();
        Assert.Equal(expected, contracted, (a, b) => Math.Abs(a - b) <= 1e-12 * (1 + Math.Abs(b)));
    }

    [Fact]
    public void WrongSlope_IsRejected()
    {
        // Control: σ′ scaled by 1.05 while σ is right; the FD check must see it.
        var map = new RandomFeatureMap(Draw.Weights(K, D, 1), new DistortedActivation(Activation.Tanh, firstScale: 1.05));
        var v = Draw.Gaussian(K, 2);
        var x = Draw.Points(InputLaw.Sphere, Points, D, 3);
        Assert.False(FiniteDifference.Accepts(map.Gradients(x, v), p => map.Features(p) * v, x, out var error),
            $"distorted slope accepted, relative error {error:G3}");
    }
}

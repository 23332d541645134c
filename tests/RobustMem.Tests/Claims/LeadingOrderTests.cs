using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// THEORY.md §3's constants, derived by LeadingOrder from the Hermite coefficients: its table (relu RF 0.733, relu NTK 0.5,
/// abs RF 0.078, abs NTK 0.057 at d = 500) and the closed forms of the relu RF kernel's Taylor coefficients.
/// </summary>
public sealed class LeadingOrderTests
{
    [Theory]
    [InlineData("rf-kernel", "relu", 0.733)]
    [InlineData("ntk-kernel", "relu", 0.5)]
    [InlineData("rf-kernel", "abs", 0.078)]
    [InlineData("ntk-kernel", "abs", 0.057)]
    public void SqrtNConstant_ReproducesTheTableOfTheory(string model, string activation, double table) =>
        // The table has three digits: half a unit of its last digit, plus the 0.2% that Simpson's rule loses at relu′'s jump.
        Assert.InRange(LeadingOrder.SqrtNConstant(Model.Parse(model), Activation.Parse(activation), 500) / table, 1 - 0.0005 / table - 0.002, 1 + 0.0005 / table + 0.002);

    /// <summary>relu, u ~ N(0, 1/d): a_0 = 1/√(2πd), a_1 = 1/(2√d), a_2 = 1/√(2πd), E[relu(u)²] = 1/(2d); NTK: b_0 = 1/2, b_1 = 1/√(2π), E[step²] = 1/2.</summary>
    [Fact]
    public void KernelTaylor_OfRelu_IsItsClosedForm()
    {
        const int d = 50;
        var (k0, k1, k2, kOne) = LeadingOrder.KernelTaylor(Model.RandomFeatures, Activation.Relu, d);
        Assert.Equal(1 / (2 * Math.PI * d), k0, 10);
        Assert.Equal(1.0 / (4 * d), k1, 10);
        Assert.Equal(1 / (2 * Math.PI * d), k2, 10);
        Assert.Equal(1.0 / (2 * d), kOne, 10);
        // The RF kernel is the infinite-width limit of the same features: the same Taylor coefficients.
        Assert.Equal((k0, k1, k2, kOne), LeadingOrder.KernelTaylor(Model.RandomFeatureKernel, Activation.Relu, d));
        var (n0, n1, n2, nOne) = LeadingOrder.KernelTaylor(Model.NeuralTangent, Activation.Relu, d);
        // relu′ jumps at the node g = 0, where Simpson's rule takes its value 0 for both panels: an O(h) = 1e-4 error.
        Assert.Equal(0, n0);
        Assert.Equal(0.25, n1, 3);
        Assert.Equal(2 / (2 * Math.PI), n2, 3);
        Assert.Equal(0.5, nOne, 3);
        Assert.Equal(0.5, LeadingOrder.DiagonalScale(Model.NeuralTangentKernel, Activation.Relu, d), 3);
        Assert.Equal(Math.Sqrt(k1 * k1 + k2 * k2 / d) / (kOne - k0), LeadingOrder.SqrtNConstant(Model.RandomFeatures, Activation.Relu, d), 12);
    }

    [Fact]
    public void PredictedRatio_IsEffectiveNoiseTimesTheConstant()
    {
        Assert.Equal(Math.Sqrt(0.25 + 0.01), LeadingOrder.EffectiveNoise(Activation.Abs, 0.5, 100), 14);
        Assert.Equal(0.5, LeadingOrder.EffectiveNoise(Activation.Relu, 0.5, 100), 14);
        var regime = new Regime(Model.RandomFeatureKernel, D: 100, K: 1, N: 10, Activation.Abs, Noise: 0.5);
        Assert.Equal(Math.Sqrt(0.26) * LeadingOrder.SqrtNConstant(regime.Model, Activation.Abs, 100), LeadingOrder.PredictedRatio(regime), 12);
    }
}

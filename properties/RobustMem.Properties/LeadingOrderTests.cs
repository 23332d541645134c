using RobustMem.Activations;
using RobustMem.Models;

namespace RobustMem.Properties;

/// <summary>The leading-order constants the claim I bands are built on reproduce THEORY.md §3's table at d = 500.</summary>
public sealed class LeadingOrderTests
{
    [Theory, Trait("Tier", "fast")]
    [InlineData("rf-kernel", "relu", 0.733)]
    [InlineData("ntk-kernel", "relu", 0.500)]
    [InlineData("rf-kernel", "abs", 0.078)]
    [InlineData("ntk-kernel", "abs", 0.057)]
    public void SqrtNConstant_MatchesTheoryTable(string model, string activation, double table)
    {
        double c = LeadingOrder.SqrtNConstant(Model.Parse(model), Activation.Parse(activation), 500);
        // The table gives two or three digits.
        Assert.InRange(c, table * 0.985, table * 1.015);
    }

    /// <summary>Closed form for relu RF: κ′(0) = 1/(4d), κ(1) − κ(0) = (1/2 − 1/(2π))/d.</summary>
    [Fact, Trait("Tier", "fast")]
    public void KernelTaylor_ReluRandomFeatures_MatchesClosedForm()
    {
        const int d = 50;
        var (k0, k1, k2, kOne) = LeadingOrder.KernelTaylor(Model.RandomFeatureKernel, Activation.Relu, d);
        Assert.Equal(1.0 / (2 * Math.PI * d), k0, 1e-9);
        Assert.Equal(0.25 / d, k1, 1e-9);
        Assert.Equal(1.0 / (2 * Math.PI * d), k2, 1e-9);
        Assert.Equal(0.5 / d, kOne, 1e-9);
    }
}

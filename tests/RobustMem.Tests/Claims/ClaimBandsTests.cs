using RobustMem.Activations;
using RobustMem.Claims;
using Catalog = RobustMem.Claims.Catalog;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Each claim reads its own bands from its file of Claims/Catalog: a claim handed another claim's band would pass or fail for
/// the wrong reason, and a key without a calibrated row is refused.
/// </summary>
public sealed class ClaimBandsTests
{
    /// <summary>Each activation has its own width bands (floor one-sided); an uncalibrated activation is refused.</summary>
    [Fact]
    public void Width_IsPerActivation_AndRefusesAnUncalibratedOne()
    {
        Assert.Equal((0.862, 0.934, 1.244), WidthEdges(Activation.Abs));
        Assert.Equal((1.321, 0.934, 1.499), WidthEdges(Activation.Quadratic));
        Assert.Equal((0.976, 1.890, 2.791), WidthEdges(Activation.Relu));
        Assert.Equal((1.862, 2.908, 3.031), WidthEdges(Activation.Erf));
        Assert.Equal((1.900, 2.915, 3.027), WidthEdges(Activation.Tanh));
        Assert.True(double.IsPositiveInfinity(Catalog.FiniteNeuralTangent.WidthBands.For(Activation.Relu).Floor.Upper));
        Assert.Contains("142 regimes", Catalog.FiniteNeuralTangent.WidthBands.For(Activation.Relu).Quotient.Origin);
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.FiniteNeuralTangent.WidthBands.For(new Softplus()));
    }

    private static (double, double, double) WidthEdges(Activation sigma)
    {
        var (floor, quotient) = Catalog.FiniteNeuralTangent.WidthBands.For(sigma);
        return (floor.Lower, quotient.Lower, quotient.Upper);
    }

    /// <summary>Claim R's floor is the frontier's, relabelled with why it applies to a memorizing ridge model.</summary>
    [Fact]
    public void Ridge_FloorIsTheFrontiersFloor()
    {
        var (floor, path) = Catalog.Ridge.Bands;
        var frontier = FrontierCheck.Bands.Relative;
        Assert.Equal(frontier.Lower, floor.Lower);
        Assert.Equal(frontier.Upper, floor.Upper);
        Assert.StartsWith("a memorizing model sits above S*(σ̂²/2): the frontier's floor, calibrated", floor.Origin);
        Assert.Equal(1e-3, path.Upper);
    }

    private sealed class Softplus : Activation
    {
        public override string Name => "softplus";
        public override double Lipschitz => 1;
        public override double Value(double z) => Math.Log(1 + Math.Exp(z));
        public override double First(double z) => 1 / (1 + Math.Exp(-z));
        public override double Second(double z) => First(z) * (1 - First(z));
    }
}

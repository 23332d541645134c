using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Each claim reads its own scale, band and repeat count from ClaimBands: a claim handed another claim's unit or band
/// would pass or fail for the wrong reason, so each branch is checked against the formula its documentation states.
/// </summary>
public sealed class ClaimBandsTests
{
    private static readonly Regime Kernel = new(Model.RandomFeatureKernel, D: 200, K: 1, N: 20, Activation.Abs, InputLaw.Sphere, Noise: 1, Seed: 4);
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 40, K: 80, N: 30, Activation.Abs, InputLaw.Sphere, Noise: 1, Seed: 4);
    private static readonly Regime Ntk = new(Model.NeuralTangent, D: 24, K: 24, N: 60, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 4);

    [Fact]
    public void FiniteWidthFactor_IsSqrtOfMOverMMinusN_AndOneForKernels()
    {
        Assert.Equal(1, ClaimBands.FiniteWidthFactor(Kernel));
        Assert.Equal(Math.Sqrt(80.0 / 50), ClaimBands.FiniteWidthFactor(Rf), 14);
        Assert.Equal(Math.Sqrt(576.0 / 516), ClaimBands.FiniteWidthFactor(Ntk), 14);
    }

    /// <summary>Claim I: σ̂_eff times §3's constant; II and G: σ̂_eff times the finite-width factor unless the model does not interpolate.</summary>
    [Fact]
    public void Scale_IsEachClaimsUnit()
    {
        var train = Dataset.Draw(Rf.Law, Rf.N, Rf.D, 1, new RandomStreams(Rf.Seed).ForRepeat(0));
        double sigmaHat = 0.9;
        double effective = Math.Sqrt(0.81 + 1.0 / Rf.D); // abs is even
        Assert.Equal(effective * ClaimBands.FiniteWidthFactor(Rf), ClaimBands.Scale(Claim.FiniteRandomFeatures, Rf, sigmaHat, train), 12);
        Assert.Equal(effective * ClaimBands.FiniteWidthFactor(Rf), ClaimBands.Scale(Claim.Generality, Rf, sigmaHat, train), 12);
        Assert.Equal(effective, ClaimBands.Scale(Claim.FiniteRandomFeatures, Rf, sigmaHat, train, interpolating: false), 12);
        double kernelEffective = Math.Sqrt(0.81 + 1.0 / Kernel.D);
        double constant = LeadingOrder.SqrtNConstant(Kernel.Model, Kernel.Sigma, Kernel.D);
        Assert.Equal(kernelEffective * constant, ClaimBands.Scale(Claim.InfiniteRandomFeatures, Kernel, sigmaHat, train), 12);
        Assert.Equal(kernelEffective * constant, ClaimBands.Scale(Claim.InfiniteNeuralTangent, Kernel, sigmaHat, train), 12);
    }

    /// <summary>Claim III: the linearized prediction on the data over √(n/k), ignoring σ̂; the finite-width factor only when interpolating.</summary>
    [Fact]
    public void Scale_OfClaimIII_IsTheLinearizedPredictionOverTheBound()
    {
        var train = Dataset.Draw(Ntk.Law, Ntk.N, Ntk.D, 1, new RandomStreams(Ntk.Seed).ForRepeat(0));
        double prediction = LinearizedPrediction.Seminorm(Ntk, train) / Ntk.Bound;
        Assert.Equal(prediction * ClaimBands.FiniteWidthFactor(Ntk), ClaimBands.Scale(Claim.FiniteNeuralTangent, Ntk, 123, train), 12);
        Assert.Equal(prediction, ClaimBands.Scale(Claim.FiniteNeuralTangent, Ntk, 123, train, interpolating: false), 12);
    }

    /// <summary>The short form draws σ̂ and the training set of the regime's repeat 0 at the claim's nominal noise.</summary>
    [Fact]
    public void Scale_FromTheRegime_UsesItsNominalNoiseAndData()
    {
        var noiseless = Rf with { Noise = 0 };
        var train = Dataset.Draw(Rf.Law, Rf.N, Rf.D, 1, new RandomStreams(Rf.Seed).ForRepeat(0));
        double sigmaHat = RealizedNoise.Of(Rf, 1);
        Assert.Equal(ClaimBands.Scale(Claim.FiniteRandomFeatures, Rf, sigmaHat, train), ClaimBands.Scale(Claim.FiniteRandomFeatures, noiseless), 12);
        Assert.Equal(ClaimBands.Scale(Claim.FiniteRandomFeatures, Rf, sigmaHat, train, false), ClaimBands.Scale(Claim.FiniteRandomFeatures, noiseless, false), 12);
        var ntkTrain = Dataset.Draw(Ntk.Law, Ntk.N, Ntk.D, 1, new RandomStreams(Ntk.Seed).ForRepeat(0));
        Assert.Equal(ClaimBands.Scale(Claim.FiniteNeuralTangent, Ntk, 0, ntkTrain), ClaimBands.Scale(Claim.FiniteNeuralTangent, Ntk), 12);
    }

    /// <summary>Claim I's band is a derived constant (1 repeat); the calibrated claims average 2, the scaling checks of claims II and III 4.</summary>
    [Theory]
    [InlineData("I-RF", 1, 1)]
    [InlineData("I-NTK", 1, 1)]
    [InlineData("II", 2, 4)]
    [InlineData("III", 2, 4)]
    [InlineData("G", 2, 2)]
    public void Repeats_AreOneForClaimI_TwoForTheCalibratedClaims_FourForTheScalingOfIIAndIII(string id, int repeats, int scalingRepeats)
    {
        var claim = Claim.All.Single(c => c.Id == id);
        Assert.Equal(repeats, ClaimBands.Repeats(claim));
        Assert.Equal(scalingRepeats, ClaimBands.ScalingRepeats(claim));
    }

    /// <summary>Each activation has its own width bands (floor one-sided); an uncalibrated activation is refused.</summary>
    [Fact]
    public void Width_IsPerActivation_AndRefusesAnUncalibratedOne()
    {
        Assert.Equal((0.862, 0.934, 1.244), WidthEdges(Activation.Abs));
        Assert.Equal((1.321, 0.934, 1.499), WidthEdges(Activation.Quadratic));
        Assert.Equal((0.976, 1.890, 2.791), WidthEdges(Activation.Relu));
        Assert.Equal((1.862, 2.908, 3.031), WidthEdges(Activation.Erf));
        Assert.Equal((1.900, 2.915, 3.027), WidthEdges(Activation.Tanh));
        Assert.True(double.IsPositiveInfinity(ClaimBands.Width(Activation.Relu).Floor.Upper));
        Assert.Contains("142 regimes", ClaimBands.Width(Activation.Relu).Quotient.Origin);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimBands.Width(new Softplus()));
    }

    private static (double, double, double) WidthEdges(Activation sigma)
    {
        var (floor, quotient) = ClaimBands.Width(sigma);
        return (floor.Lower, quotient.Lower, quotient.Upper);
    }

    /// <summary>Claim R's floor is the frontier's, relabelled with why it applies to a memorizing ridge model.</summary>
    [Fact]
    public void Ridge_FloorIsTheFrontiersFloor()
    {
        var (floor, path) = ClaimBands.Ridge();
        var frontier = ClaimBands.Frontier(Claim.FiniteRandomFeatures).Relative;
        Assert.Equal(frontier.Lower, floor.Lower);
        Assert.Equal(frontier.Upper, floor.Upper);
        Assert.StartsWith("a memorizing model sits above S*(σ̂²/2): the frontier's floor, calibrated", floor.Origin);
        Assert.Equal(1e-3, path.Upper);
    }

    private sealed class Softplus : Activation
    {
        public override string Name => "softplus";
        public override double Value(double z) => Math.Log(1 + Math.Exp(z));
        public override double First(double z) => 1 / (1 + Math.Exp(-z));
        public override double Second(double z) => First(z) * (1 - First(z));
    }
}

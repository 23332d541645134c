using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Each claim carries its bound, its prediction of S and its repeat counts (<see cref="Claim"/>): a claim handed another
/// claim's unit would pass or fail for the wrong reason, so each is checked against the formula its documentation states.
/// </summary>
public sealed class ClaimSpecificationTests
{
    private static readonly Regime Kernel = new(Model.RandomFeatureKernel, D: 200, K: 1, N: 20, Activation.Abs, InputLaw.Sphere, Noise: 1, Seed: 4);
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 40, K: 80, N: 30, Activation.Abs, InputLaw.Sphere, Noise: 1, Seed: 4);
    private static readonly Regime Ntk = new(Model.NeuralTangent, D: 24, K: 24, N: 60, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 4);

    [Fact]
    public void Bounds_AreSqrtN_AndSqrtNOverK_ForFiniteNeuralTangent()
    {
        Assert.Equal(Math.Sqrt(30), Claim.FiniteRandomFeatures.BoundOf(Rf));
        Assert.Equal(Math.Sqrt(60.0 / 24), Claim.FiniteNeuralTangent.BoundOf(Ntk));
        Assert.Equal(Math.Sqrt(20), Claim.InfiniteRandomFeatures.BoundOf(Kernel));
        // Claims spanning models take the bound of the model's own theorem.
        Assert.Equal(Math.Sqrt(60.0 / 24), Claim.Tightness.BoundOf(Ntk));
        Assert.Equal(Math.Sqrt(30), Claim.Tightness.BoundOf(Rf));
        Assert.Equal("√(n/k)", Claim.FiniteNeuralTangent.Bound.Symbol);
    }

    [Fact]
    public void TheModelsClaim_IsItsTheorem()
    {
        Assert.Same(Claim.FiniteRandomFeatures, Claim.Of(Rf));
        Assert.Same(Claim.FiniteNeuralTangent, Claim.Of(Ntk));
        Assert.Same(Claim.InfiniteRandomFeatures, Claim.Of(Kernel));
        Assert.Same(Claim.InfiniteNeuralTangent, Claim.Of(Kernel with { Model = Model.NeuralTangentKernel }));
    }

    [Fact]
    public void FiniteWidthFactor_IsSqrtOfMOverMMinusN_AndOneForKernels()
    {
        Assert.Equal(1, ClaimScale.FiniteWidthFactor(Kernel));
        Assert.Equal(Math.Sqrt(80.0 / 50), ClaimScale.FiniteWidthFactor(Rf), 14);
        Assert.Equal(Math.Sqrt(576.0 / 516), ClaimScale.FiniteWidthFactor(Ntk), 14);
    }

    /// <summary>Claim I: σ̂_eff times §3's constant; II and G: σ̂_eff times the finite-width factor unless the model does not interpolate.</summary>
    [Fact]
    public void Prediction_OverTheBound_IsEachClaimsUnit()
    {
        var train = Dataset.Draw(Rf.Law, Rf.N, Rf.D, 1, new RandomStreams(Rf.Seed).ForRepeat(0));
        double sigmaHat = 0.9;
        double effective = Math.Sqrt(0.81 + 1.0 / Rf.D); // abs is even
        Assert.Equal(effective * ClaimScale.FiniteWidthFactor(Rf), Claim.FiniteRandomFeatures.Predict(Rf, sigmaHat, train) / Claim.FiniteRandomFeatures.BoundOf(Rf), 12);
        Assert.Equal(effective * ClaimScale.FiniteWidthFactor(Rf), Claim.Generality.Predict(Rf, sigmaHat, train) / Claim.Generality.BoundOf(Rf), 12);
        Assert.Equal(effective, Claim.FiniteRandomFeatures.Predict(Rf, sigmaHat, train, interpolating: false) / Claim.FiniteRandomFeatures.BoundOf(Rf), 12);
        double kernelEffective = Math.Sqrt(0.81 + 1.0 / Kernel.D);
        double constant = LeadingOrder.SqrtNConstant(Kernel.Model, Kernel.Sigma, Kernel.D);
        Assert.Equal(kernelEffective * constant, Claim.InfiniteRandomFeatures.Predict(Kernel, sigmaHat, train) / Claim.InfiniteRandomFeatures.BoundOf(Kernel), 12);
        Assert.Equal(kernelEffective * constant, Claim.InfiniteNeuralTangent.Predict(Kernel, sigmaHat, train) / Claim.InfiniteNeuralTangent.BoundOf(Kernel), 12);
    }

    /// <summary>Claim III: the linearized prediction on the data, ignoring σ̂ and never divided by √(n/k); the finite-width factor only when interpolating.</summary>
    [Fact]
    public void Prediction_OfClaimIII_IsTheLinearizedPrediction_WithoutTheBound()
    {
        var train = Dataset.Draw(Ntk.Law, Ntk.N, Ntk.D, 1, new RandomStreams(Ntk.Seed).ForRepeat(0));
        double prediction = LinearizedPrediction.Seminorm(Ntk, train);
        Assert.Equal(prediction * ClaimScale.FiniteWidthFactor(Ntk), Claim.FiniteNeuralTangent.Predict(Ntk, 123, train), 12);
        Assert.Equal(prediction, Claim.FiniteNeuralTangent.Predict(Ntk, 123, train, interpolating: false), 12);
    }

    /// <summary>The short form draws σ̂ and the training set of the regime's repeat 0 at the claim's nominal noise.</summary>
    [Fact]
    public void Prediction_FromTheRegime_UsesItsNominalNoiseAndData()
    {
        var noiseless = Rf with { Noise = 0 };
        var train = Dataset.Draw(Rf.Law, Rf.N, Rf.D, 1, new RandomStreams(Rf.Seed).ForRepeat(0));
        double sigmaHat = RealizedNoise.Of(Rf, 1);
        var ii = Claim.FiniteRandomFeatures;
        Assert.Equal(ii.Predict(Rf, sigmaHat, train), ii.Predict(noiseless), 12);
        Assert.Equal(ii.Predict(Rf, sigmaHat, train, false), ii.Predict(noiseless, false), 12);
        var ntkTrain = Dataset.Draw(Ntk.Law, Ntk.N, Ntk.D, 1, new RandomStreams(Ntk.Seed).ForRepeat(0));
        Assert.Equal(Claim.FiniteNeuralTangent.Predict(Ntk, 0, ntkTrain), Claim.FiniteNeuralTangent.Predict(Ntk), 12);
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
        var claim = Claim.ById(id);
        Assert.Equal(repeats, claim.Repeats);
        Assert.Equal(scalingRepeats, claim.ScalingRepeats);
    }

}

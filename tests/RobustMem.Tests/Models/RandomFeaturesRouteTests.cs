using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Models;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Models;

/// <summary>
/// The finite RF's streamed route (the Gram in blocks of W, α by the certified Cholesky, f and ∇f with W re-drawn and θ kept)
/// against its dense route (Z, W and the min-norm ladder) on the same draws: measure's figures agree to 1e-10 relative, for
/// every activation, with k = 1100 in blocks of 1024 and 76 (the block does not divide k).
/// </summary>
public sealed class RandomFeaturesRouteTests
{
    private const int D = 7, K = 1100, N = 15, TestPoints = 20;

    public static TheoryData<string> Activations => new(Activation.Every.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Activations))]
    public void StreamedRoute_EqualsDenseRoute(string activation)
    {
        var regime = new Regime(Model.RandomFeatures, D, K, N, Activation.Parse(activation), InputLaw.Gaussian, TestPoints: TestPoints, Seed: 5);
        var model = (RandomFeaturesModel)Model.RandomFeatures;
        var la = Backend.Current;
        var streams = new RandomStreams(regime.Seed);
        var train = FitParts.Standard.Data(regime, streams);
        var (map, weights) = model.Map(regime, streams, FitParts.Standard, la);
        var dense = model.FitDense(regime, streams, train, map, weights, la);
        var streamed = Assert.IsType<FittedStreamedFeatures>(model.FitStreamed(regime, streams, train, la, blockSize: 1024));

        RouteAgreement.Close("θ", streamed.Interpolant.Coefficients().ToColumnMatrix(), dense.Linear.Coefficients.ToColumnMatrix());
        RouteAgreement.Agree(streamed, dense, InputSampler.Sample(regime.Law, TestPoints, D, streams.MonteCarlo), activation);
    }

    [Fact]
    public void Fit_Streams_OnlyWhenTheDenseMatricesWouldNotFit()
    {
        var model = (RandomFeaturesModel)Model.RandomFeatures;
        Assert.True(model.UsesStreaming(new Regime(Model.RandomFeatures, 1000, 200_000, 1200, Activation.Tanh, InputLaw.Gaussian)));
        Assert.False(model.UsesStreaming(new Regime(Model.RandomFeatures, 300, 1000, 500)));
        // k ≤ n: no dual to stream.
        Assert.False(model.UsesStreaming(new Regime(Model.RandomFeatures, 1000, 60_000, 70_000)));
    }

    [Fact]
    public void Fields_NotAsked_AreNotComputed_AndTheOthersDoNotMove()
    {
        var regime = new Regime(Model.RandomFeatures, D, 40, N, Activation.Tanh, InputLaw.Gaussian, TestPoints: TestPoints, Seed: 5);
        var all = Experiment.Run(regime);
        var some = Experiment.Run(regime, MeasureFields.Sensitivity | MeasureFields.TestError);
        Assert.Equal(all.Sensitivity, some.Sensitivity);
        Assert.Equal(all.TestError, some.TestError);
        Assert.True(double.IsNaN(some.Sobolev) && some.LipschitzLower is null && some.SobolevExact is null);
        Assert.True(regime.Model.MeasureCost(regime, MeasureFields.Sensitivity).Work < regime.Model.MeasureCost(regime, MeasureFields.All).Work);
    }
}

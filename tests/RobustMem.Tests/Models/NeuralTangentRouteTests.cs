using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;
using RobustMem.Models;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Models;

/// <summary>
/// The finite NTK's dual route (the Gram (SSᵀ) ∘ (XXᵀ), A = Sᵀ diag(α) X, f and ∇f from A) against its dense route (Z and the
/// min-norm ladder) on the same draws: every figure measure reports agrees to 1e-10 relative, for every activation.
/// </summary>
/// <remarks>A wrong variant fails: a dual that dropped the σ″ term, or used XXᵀ without the slopes, is off by O(1) (the
/// curvature control and <see cref="DualNeuralTangentTests"/> show the size of each term).</remarks>
public sealed class NeuralTangentRouteTests
{
    private const int D = 6, K = 5, N = 12, TestPoints = 20;

    public static TheoryData<string> Activations => new(Activation.Every.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Activations))]
    public void DualRoute_EqualsDenseRoute(string activation)
    {
        var regime = new Regime(Model.NeuralTangent, D, K, N, Activation.Parse(activation), InputLaw.Gaussian, TestPoints: TestPoints, Seed: 5);
        var model = (NeuralTangentModel)Model.NeuralTangent;
        var la = Backend.Current;
        var streams = new RandomStreams(regime.Seed);
        var train = FitParts.Standard.Data(regime, streams);
        var (map, weights) = model.Map(regime, streams, FitParts.Standard, la);
        var dense = model.FitDense(regime, streams, train, map, weights, la);
        var dual = model.FitDual(regime, streams, train, (NeuralTangentMap)map, weights, la);

        RouteAgreement.Close("coefficients", dual.Linear.Coefficients.ToColumnMatrix(), dense.Linear.Coefficients.ToColumnMatrix());
        RouteAgreement.Agree(dual, dense, InputSampler.Sample(regime.Law, TestPoints, D, streams.MonteCarlo), activation);
        // Both interpolate: the train error is round-off on either route.
        Assert.True(dual.TrainPredictions.Subtract(train.Y).L2Norm() < 1e-9 * train.Y.L2Norm());
    }

    [Fact]
    public void Fit_TakesTheDualRoute_WhenZWouldBeLarge_AndTheDenseOne_WhenSmall()
    {
        var model = (NeuralTangentModel)Model.NeuralTangent;
        Assert.True(model.UsesDual(new Regime(Model.NeuralTangent, 300, 1000, 500)));
        Assert.False(model.UsesDual(new Regime(Model.NeuralTangent, 16, 16, 512)));
        // kd ≤ n: no dual at all, the dense least squares.
        Assert.False(model.UsesDual(new Regime(Model.NeuralTangent, 100, 10, 2000)));
    }
}

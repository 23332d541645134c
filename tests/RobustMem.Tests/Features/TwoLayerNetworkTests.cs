using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Features;

/// <summary>
/// A fitted random-features model as the network aᵀψ(Wx): the parameters alone reproduce its predictions (so every scale
/// is in a), and Lip(ψ)·‖a‖₂·‖W‖_op bounds its gradients from above, as the inequality behind it says.
/// </summary>
public sealed class TwoLayerNetworkTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 12, K: 40, N: 20, Activation.Tanh, InputLaw.Gaussian, Noise: 1, Seed: 7);

    [Fact]
    public void Parameters_ReproduceThePredictions()
    {
        var fitted = Experiment.Fit(Rf);
        var network = Assert.IsType<RobustMem.Features.TwoLayerNetwork>(fitted.Network);
        var x = Draw.Points(Rf.Law, 9, Rf.D, 11);
        Assert.True((network.Predict(x) - fitted.Predict(x)).L2Norm() <= 1e-10 * fitted.Predict(x).L2Norm());
        Assert.Equal(Rf.K, network.Width);
        Assert.Same(Rf.Sigma, network.Activation);
        // Control: the coefficients v without the 1/√k of the features predict √k times too much.
        var unscaled = network with { OuterWeights = network.OuterWeights * Math.Sqrt(Rf.K) };
        Assert.False((unscaled.Predict(x) - fitted.Predict(x)).L2Norm() <= 1e-3 * fitted.Predict(x).L2Norm());
    }

    [Fact]
    public void LipschitzProxy_BoundsEveryGradient()
    {
        var fitted = Experiment.Fit(Rf);
        var network = fitted.Network!;
        Assert.Equal(network.Activation.Lipschitz * network.OuterNorm * network.WeightsOperatorNorm, network.LipschitzProxy, 12);
        var x = Draw.Points(Rf.Law, 200, Rf.D, 13);
        var g = fitted.Gradients(x);
        double largest = Enumerable.Range(0, g.RowCount).Max(i => g.Row(i).L2Norm());
        Assert.True(largest <= network.LipschitzProxy, $"max ‖∇f‖ = {largest:G4} above the proxy {network.LipschitzProxy:G4}");
        double lipschitz = Experiment.SensitivityAndLipschitz(fitted).LipschitzLower;
        Assert.True(lipschitz <= network.LipschitzProxy, $"Lipschitz estimate {lipschitz:G4} above the proxy {network.LipschitzProxy:G4}");
    }

    [Fact]
    public void OnlyRandomFeatures_AreATwoLayerNetwork()
    {
        Assert.Null(Experiment.Fit(Rf with { Model = Model.NeuralTangent, K = 4 }).Network);
        Assert.Null(Experiment.Fit(Rf with { Model = Model.RandomFeatureKernel }).Network);
    }
}

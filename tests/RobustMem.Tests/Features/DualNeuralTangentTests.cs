using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.LinearAlgebra;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Features;

/// <summary>The NTK dual route ((SSᵀ) ∘ (XXᵀ) and A = Sᵀ diag(α) X) against the dense features Z of <see cref="NeuralTangentMap"/>.</summary>
public sealed class DualNeuralTangentTests
{
    private const int D = 9, K = 7, N = 30;
    private const double RelTol = 1e-10;

    [Theory]
    [InlineData("tanh", 1.0)]
    [InlineData("quadratic", 1.0)]
    [InlineData("cos", 0.0)]
    [InlineData("softplus", 1.0)]
    [InlineData("relu", 0.0)]
    public void Gram_IsZZᵀ_AndCoefficients_AreZᵀα(string activation, double weightSd)
    {
        var streams = new RandomStreams(31);
        var x = InputSampler.Sample(InputLaw.Gaussian, N, D, streams.TrainInputs);
        var map = new NeuralTangentMap(WeightSampler.Draw(K, D, streams.Weights, weightSd > 0 ? weightSd : null), Activation.Parse(activation));
        var z = map.Features(x);
        var dual = new DualNeuralTangent(map);
        var alpha = Draw.Gaussian(N, 5);

        var gram = MatrixGap.Of(dual.Gram(x), Backend.Current.OuterGram(z));
        Assert.True(gram.RelativeFrobenius <= RelTol, $"Gram: {gram}");
        var v = dual.Coefficients(x, alpha);
        var dense = z.TransposeThisAndMultiply(alpha);
        double gap = (v - dense).L2Norm() / dense.L2Norm();
        Assert.True(gap <= RelTol, $"Zᵀα: relative gap {gap:G4}");
    }

    [Fact]
    public void Coefficients_RejectADualOfTheWrongLength()
    {
        var streams = new RandomStreams(3);
        var dual = new DualNeuralTangent(new NeuralTangentMap(WeightSampler.Draw(K, D, streams.Weights), Activation.Tanh));
        Assert.ThrowsAny<ArgumentException>(() => dual.Coefficients(InputSampler.Sample(InputLaw.Gaussian, N, D, streams.TrainInputs), Vector<double>.Build.Dense(N - 1)));
    }
}

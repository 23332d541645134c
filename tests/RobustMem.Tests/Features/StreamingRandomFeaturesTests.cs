using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Seminorm;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Features;

/// <summary>The streaming route (W in blocks, never the N×k features) against the dense RandomFeatureMap and MinNormInterpolator.</summary>
public sealed class StreamingRandomFeaturesTests
{
    private const int D = 12, N = 25, K = 3000, Block = 256; // 3000 = 11·256 + 184: the last block is partial.
    private const double Tol = 1e-10;

    /// <param name="weightSd">s; 0 stands for the default 1/√d.</param>
    [Theory]
    [InlineData("relu", 0)]
    [InlineData("tanh", 0)]
    [InlineData("softplus", 1)]
    [InlineData("cos", 1)]
    [InlineData("erf", 0)]
    public void Streaming_AgreesWithDense(string activation, double weightSd)
    {
        double? sd = weightSd > 0 ? weightSd : null;
        var sigma = Activation.Parse(activation);
        var streams = new RandomStreams(21);
        var data = Dataset.Draw(InputLaw.Gaussian, N, D, 1, streams, LabelTarget.None);
        var points = InputSampler.Sample(InputLaw.Gaussian, 5, D, streams.TestInputs);

        var map = new RandomFeatureMap(WeightSampler.Draw(K, D, streams.Weights, sd), sigma);
        var z = map.Features(data.X);
        var theta = new MinNormInterpolator().Fit(z, data.Y).Coefficients;

        var streaming = new StreamingRandomFeatures(sigma, K, D, () => streams.Weights, sd, Block);
        var fit = streaming.Interpolate(data.X, data.Y);

        AssertClose(RobustMem.LinearAlgebra.Backend.Current.OuterGram(z), fit.Gram, "Gram");
        AssertClose(theta, fit.Coefficients(), "θ");
        AssertClose(map.Gradients(points, theta), fit.Gradients(points), "gradients");
        AssertClose(z * theta, fit.Predict(data.X), "train predictions");
        AssertClose(data.Y, fit.Predict(data.X), "interpolation");
        double dense = Sensitivity.At(p => map.Gradients(p, theta), points.Row(0));
        double streamed = Sensitivity.At(fit.Gradients, points.Row(0));
        Assert.True(Math.Abs(streamed - dense) <= Tol * dense, $"sensitivity {streamed:R} vs {dense:R}");
    }

    [Fact]
    public void BlockSize_DoesNotChangeTheModel()
    {
        var streams = new RandomStreams(4);
        var data = Dataset.Draw(InputLaw.Sphere, 10, 5, 0.5, streams);
        var points = InputSampler.Sample(InputLaw.Sphere, 3, 5, streams.TestInputs);
        var one = new StreamingRandomFeatures(Activation.Softplus, 700, 5, () => streams.Weights, blockSize: 700).Interpolate(data.X, data.Y);
        var many = new StreamingRandomFeatures(Activation.Softplus, 700, 5, () => streams.Weights, blockSize: 33).Interpolate(data.X, data.Y);
        AssertClose(one.Gradients(points), many.Gradients(points), "gradients across block sizes");
    }

    [Fact]
    public void Progress_IsReportedPerBlock_EndingAtOne()
    {
        var streams = new RandomStreams(4);
        var recorder = new ProgressRecorder();
        var features = new StreamingRandomFeatures(Activation.Tanh, 100, 3, () => streams.Weights, blockSize: 40) { Progress = recorder };
        features.Gram(InputSampler.Sample(InputLaw.Sphere, 4, 3, streams.TrainInputs));
        Assert.Equal([0.4, 0.8, 1.0], recorder.Seen);
    }

    [Fact]
    public void ADifferentWeightStream_GivesADifferentModel()
    {
        // Control: the agreement above is not automatic; the dense W from another seed disagrees at O(1/√k), far above Tol.
        var streams = new RandomStreams(21);
        var data = Dataset.Draw(InputLaw.Gaussian, N, D, 1, streams);
        var fit = new StreamingRandomFeatures(Activation.Relu, K, D, () => new RandomStreams(22).Weights, blockSize: Block).Interpolate(data.X, data.Y);
        var z = new RandomFeatureMap(WeightSampler.Draw(K, D, streams.Weights), Activation.Relu).Features(data.X);
        var gap = (RobustMem.LinearAlgebra.Backend.Current.OuterGram(z) - fit.Gram).FrobeniusNorm() / fit.Gram.FrobeniusNorm();
        Assert.True(gap > 1e-3, $"gap {gap}");
    }

    private static void AssertClose(Matrix<double> expected, Matrix<double> actual, string what)
    {
        double gap = (expected - actual).FrobeniusNorm() / expected.FrobeniusNorm();
        Assert.True(gap <= Tol, $"{what}: relative gap {gap:G3}");
    }

    private static void AssertClose(Vector<double> expected, Vector<double> actual, string what)
    {
        double gap = (expected - actual).L2Norm() / expected.L2Norm();
        Assert.True(gap <= Tol, $"{what}: relative gap {gap:G3}");
    }
}

using RobustMem.Data;

namespace RobustMem.Tests.Data;

/// <summary>THEORY.md §1: y = ⟨w*, x⟩ + σξ with ‖w*‖ = 1 and ξ the noise stream's standard normals.</summary>
public sealed class LabelModelTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void Labels_AreTheLinearTargetPlusSigmaTimesTheNoiseStream(double sigma)
    {
        var streams = new RandomStreams(11);
        var data = Dataset.Draw(InputLaw.Gaussian, 40, 9, sigma, streams);
        Assert.Equal(1, data.TargetWeights.L2Norm(), 1e-14);
        var xi = new RandomStreams(11).Noise;
        var residual = data.Y - data.X * data.TargetWeights;
        for (int i = 0; i < 40; i++) Assert.Equal(sigma * xi.NextGaussian(), residual[i], 1e-12);
    }

    [Fact]
    public void LaplaceInputs_AreTheInverseCdfOfTheStreamsUniforms()
    {
        // x = −b·sgn(u)·ln(1 − 2|u|), u uniform on [−½, ½): positive u gives positive x (the inverse CDF is increasing).
        const int d = 8;
        double b = 1 / Math.Sqrt(2.0 * d);
        var x = InputSampler.Sample(InputLaw.Laplace, 5, d, new Rng(3));
        var uniforms = new Rng(3);
        for (int i = 0; i < 5; i++)
            for (int l = 0; l < d; l++)
            {
                double u = uniforms.NextDouble() - 0.5;
                Assert.Equal(-b * Math.Sign(u) * Math.Log(1 - 2 * Math.Abs(u)), x[i, l], 1e-15);
                Assert.Equal(Math.Sign(u), Math.Sign(x[i, l]));
            }
    }
}

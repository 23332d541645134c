using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Seminorm;

namespace RobustMem.Tests.Seminorm;

/// <summary>
/// THEORY.md §5.1: with x = z/√d (our Gaussian law), weights at s = 1 and pure-noise labels, our S(x₀) = ‖∇_x f(x₀)‖ is
/// the sharper laws' √d‖∇_z f(z)‖ for their model (z ~ N(0, I_d), W entries N(0, 1/d)), draw for draw.
/// </summary>
public sealed class SharperLawsNormalisationTests
{
    private const int D = 10, N = 20;

    [Theory]
    [InlineData("rf", "tanh", 400)]
    [InlineData("rf", "softplus", 400)]
    [InlineData("ntk", "cos", 10)]
    [InlineData("ntk", "quadratic", 10)]
    public void OurSensitivity_IsRootDTimesTheirGradientNorm(string model, string activation, int k)
    {
        var sigma = Activation.Parse(activation);
        var streams = new RandomStreams(8);
        var data = Dataset.Draw(InputLaw.Gaussian, N, D, 1, streams, LabelTarget.None);
        var x0 = InputSampler.Sample(InputLaw.Gaussian, 1, D, streams.TestInputs).Row(0);
        double root = Math.Sqrt(D);

        // Ours: x of the Gaussian law (E‖x‖² = 1), rows of W ~ N(0, I) (s = 1).
        var ours = WeightSampler.Draw(k, D, streams.Weights, sd: 1);
        // Theirs: z = √d x ~ N(0, I_d), W = ours/√d with entries N(0, 1/d), so Wz = ours·x.
        double S = SensitivityOf(model, ours, sigma, data.X, data.Y, x0);
        double theirs = SensitivityOf(model, ours / root, sigma, data.X * root, data.Y, x0 * root);
        Assert.True(Math.Abs(S - root * theirs) <= 1e-9 * S, $"S = {S:R}, √d‖∇_z f‖ = {root * theirs:R}");
    }

    // ‖∇f(x₀)‖ of the min-norm interpolator of (x, y) on the model's features with first-layer weights w.
    private static double SensitivityOf(string model, Matrix<double> w, Activation sigma, Matrix<double> x, Vector<double> y, Vector<double> x0)
    {
        IFeatureMap map = model == "rf" ? new RandomFeatureMap(w, sigma) : new NeuralTangentMap(w, sigma);
        var theta = new MinNormInterpolator().Fit(map.Features(x), y).Coefficients;
        return Sensitivity.At(p => map.Gradients(p, theta), x0);
    }
}

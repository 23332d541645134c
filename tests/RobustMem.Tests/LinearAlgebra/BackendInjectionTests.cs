using RobustMem.Activations;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Frontier;
using RobustMem.Kernels;
using RobustMem.Seminorm;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>
/// A backend handed to a component is the one it computes with, not the process default: `--backend`-style choices,
/// the native-versus-managed equivalence tests and the managed fallback all rest on it. The two backends agree to
/// 1e-10, so only counting the calls can tell.
/// </summary>
public sealed class BackendInjectionTests
{
    private static readonly Matrix<double> W = Draw.Weights(12, 5, 1);
    private static readonly Matrix<double> X = Draw.Points(RobustMem.Data.InputLaw.Sphere, 8, 5, 2);

    [Fact]
    public void FeatureMaps_UseTheirBackend()
    {
        AssertUses(la => new RandomFeatureMap(W, Activation.Relu, la).Gradients(X, Draw.Gaussian(12, 3)));
        AssertUses(la => new NeuralTangentMap(W, Activation.Erf, la).Gradients(X, Draw.Gaussian(60, 4)));
    }

    [Fact]
    public void Kernels_UseTheirBackend()
    {
        AssertUses(la => new RandomFeatureKernel(Activation.Relu, 5, la).Gram(X, X));
        AssertUses(la => new NeuralTangentKernel(Activation.Relu, 5, la).Gradients(X, Draw.Gaussian(8, 5), X));
    }

    [Fact]
    public void Solvers_UseTheirBackend()
    {
        var z = Draw.GaussianMatrix(8, 12, 6);
        AssertUses(la => new MinNormInterpolator(0, la).Fit(z, Draw.Gaussian(8, 7)));
        AssertUses(la => new KernelInterpolator(0, la).Fit(z * z.Transpose(), Draw.Gaussian(8, 7)));
        AssertUses(la => new TradeoffFrontier(z, Matrix<double>.Build.DenseIdentity(12), Draw.Gaussian(8, 7), la));
    }

    [Fact]
    public void SeminormMatrices_UseTheirBackend()
    {
        var map = new RandomFeatureMap(W, Activation.Relu);
        AssertUses(la => SeminormMatrix.ExactRandomFeature(map, la));
        AssertUses(la => SeminormMatrix.MonteCarlo(map, X, la));
    }

    private static void AssertUses(Action<CountingLinearAlgebra> run)
    {
        var counting = new CountingLinearAlgebra();
        run(counting);
        Assert.True(counting.Calls > 0, "the component computed with another backend than the one it was given");
    }
}

using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;

namespace RobustMem.Tests.Support;

/// <summary>Small seeded draws for unit tests, each from its own stream of <see cref="RandomStreams"/>.</summary>
internal static class Draw
{
    public static Matrix<double> Points(InputLaw law, int n, int d, int seed) =>
        InputSampler.Sample(law, n, d, new RandomStreams(seed).TrainInputs);

    public static Matrix<double> TestPoints(InputLaw law, int n, int d, int seed) =>
        InputSampler.Sample(law, n, d, new RandomStreams(seed).TestInputs);

    public static Matrix<double> Weights(int k, int d, int seed, double? sd = null) => WeightSampler.Draw(k, d, new RandomStreams(seed).Weights, sd);

    public static Vector<double> Gaussian(int length, int seed)
    {
        var rng = new RandomStreams(seed).Noise;
        return Vector<double>.Build.Dense(length, _ => rng.NextGaussian());
    }

    public static Matrix<double> GaussianMatrix(int rows, int columns, int seed)
    {
        var rng = new RandomStreams(seed).MonteCarlo;
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => rng.NextGaussian());
    }

    public static IEnumerable<InputLaw> Laws => InputLaw.Standard;
}

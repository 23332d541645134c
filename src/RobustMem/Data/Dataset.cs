using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Data;

/// <summary>Training inputs X (n×d) and labels y = X w* + σξ (THEORY.md §1).</summary>
public sealed record Dataset(Matrix<double> X, Vector<double> Y, Vector<double> TargetWeights, double Noise)
{
    public int N => X.RowCount;
    public int D => X.ColumnCount;

    /// <summary>Draws w* uniform on the unit sphere, then n labelled points, each from its own stream.</summary>
    public static Dataset Draw(InputLaw law, int n, int d, double noise, RandomStreams streams)
    {
        Preconditions.CheckRange(noise, 0, double.MaxValue, nameof(noise));
        var wStar = TargetDirection(d, streams.Target);
        var x = InputSampler.Sample(law, n, d, streams.TrainInputs);
        return new Dataset(x, Labels(x, wStar, noise, streams.Noise), wStar, noise);
    }

    /// <summary>Fresh labelled points from the same law and target, for the test error.</summary>
    public Dataset Fresh(InputLaw law, int m, Rng inputs, Rng noise)
    {
        var x = InputSampler.Sample(law, m, D, inputs);
        return new Dataset(x, Labels(x, TargetWeights, Noise, noise), TargetWeights, Noise);
    }

    public static Vector<double> TargetDirection(int d, Rng rng)
    {
        var w = Vector<double>.Build.Dense(d, _ => rng.NextGaussian());
        return w / w.L2Norm();
    }

    private static Vector<double> Labels(Matrix<double> x, Vector<double> wStar, double noise, Rng rng)
    {
        var y = x * wStar;
        for (int i = 0; i < y.Count; i++) y[i] += noise * rng.NextGaussian();
        return y;
    }
}

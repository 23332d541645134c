using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Data;

/// <summary>Training inputs X (n×d) and labels y = X w* + σξ (THEORY.md §1), or y = σξ for <see cref="LabelTarget.None"/>.</summary>
/// <remarks>With no target, <see cref="TargetWeights"/> is w* = 0: every consumer of ⟨w*, x⟩ (Bayes error, excess risk) then sees the regression function 0.</remarks>
public sealed record Dataset(Matrix<double> X, Vector<double> Y, Vector<double> TargetWeights, double Noise)
{
    public int N => X.RowCount;
    public int D => X.ColumnCount;

    /// <summary>The regression function of the labels; <see cref="LabelTarget.Linear"/> unless drawn otherwise.</summary>
    public LabelTarget Target { get; init; } = LabelTarget.Linear;

    /// <summary>Draws w* uniform on the unit sphere, then n labelled points, each from its own stream.</summary>
    public static Dataset Draw(InputLaw law, int n, int d, double noise, RandomStreams streams) =>
        Draw(law, n, d, noise, streams, LabelTarget.Linear);

    /// <summary>As the other overload, with labels carrying <paramref name="target"/>; the noise and input streams are the same, so y = σξ with <see cref="LabelTarget.None"/> is exactly the linear labels minus X w*.</summary>
    public static Dataset Draw(InputLaw law, int n, int d, double noise, RandomStreams streams, LabelTarget target)
    {
        Preconditions.CheckRange(noise, 0, double.MaxValue, nameof(noise));
        var wStar = target switch
        {
            LabelTarget.Linear => TargetDirection(d, streams.Target),
            LabelTarget.None => Vector<double>.Build.Dense(d),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "target must be linear or none."),
        };
        var x = InputSampler.Sample(law, n, d, streams.TrainInputs);
        return new Dataset(x, Labels(x, wStar, noise, streams.Noise, target), wStar, noise) { Target = target };
    }

    /// <summary>Fresh labelled points from the same law and target, for the test error.</summary>
    public Dataset Fresh(InputLaw law, int m, Rng inputs, Rng noise)
    {
        var x = InputSampler.Sample(law, m, D, inputs);
        return new Dataset(x, Labels(x, TargetWeights, Noise, noise, Target), TargetWeights, Noise) { Target = Target };
    }

    public static Vector<double> TargetDirection(int d, Rng rng)
    {
        var w = Vector<double>.Build.Dense(d, _ => rng.NextGaussian());
        return w / w.L2Norm();
    }

    private static Vector<double> Labels(Matrix<double> x, Vector<double> wStar, double noise, Rng rng, LabelTarget target)
    {
        var y = target switch
        {
            LabelTarget.Linear => x * wStar,
            // Not X·0, which could hold −0.0: pure noise starts from +0.
            LabelTarget.None => Vector<double>.Build.Dense(x.RowCount),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "target must be linear or none."),
        };
        for (int i = 0; i < y.Count; i++) y[i] += noise * rng.NextGaussian();
        return y;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Data;

/// <summary>Training inputs X (n×d) and labels y = X w* + σξ (THEORY.md §1), y = σξ for <see cref="LabelTarget.None"/>, or a file's ±1 classes + σξ for <see cref="LabelTarget.Classes"/>.</summary>
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
        law.CheckDraw(n, d, target);
        var wStar = target switch
        {
            LabelTarget.Linear => TargetDirection(d, streams.Target),
            // Classes have no linear regression function to report: w* = 0, as for pure noise.
            LabelTarget.None or LabelTarget.Classes => Vector<double>.Build.Dense(d),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "target must be linear, none or classes."),
        };
        var points = law.DrawTraining(n, d, streams.TrainInputs);
        return new Dataset(points.X, Labels(points, wStar, noise, streams.Noise, target), wStar, noise) { Target = target };
    }

    /// <summary>Fresh labelled points from the same law and target, for the test error (a file's: held-out rows).</summary>
    public Dataset Fresh(InputLaw law, int m, Rng inputs, Rng noise)
    {
        var points = law.DrawFresh(m, D, inputs);
        return new Dataset(points.X, Labels(points, TargetWeights, Noise, noise, Target), TargetWeights, Noise) { Target = Target };
    }

    public static Vector<double> TargetDirection(int d, Rng rng)
    {
        var w = Vector<double>.Build.Dense(d, _ => rng.NextGaussian());
        return w / w.L2Norm();
    }

    private static Vector<double> Labels(DrawnPoints points, Vector<double> wStar, double noise, Rng rng, LabelTarget target)
    {
        var y = target switch
        {
            LabelTarget.Linear => points.X * wStar,
            // Not X·0, which could hold −0.0: pure noise starts from +0.
            LabelTarget.None => Vector<double>.Build.Dense(points.X.RowCount),
            LabelTarget.Classes => points.Classes?.Clone() ?? throw new ArgumentException("target classes needs a law whose points carry classes (--law file:PATH --classes a,b)."),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "target must be linear, none or classes."),
        };
        for (int i = 0; i < y.Count; i++) y[i] += noise * rng.NextGaussian();
        return y;
    }
}

using RobustMem.Curves;

namespace RobustMem.Snapshots;

/// <summary>The approved form of a curve: one row per n at a fixed seed; NaN (ill-posed) is stored as null.</summary>
public sealed record CurveSnapshot(string Regime, string Label, int Seed, IReadOnlyList<SnapshotRow> Rows)
{
    public static CurveSnapshot Of(Curve curve, int seed) => new(curve.Name, curve.Spec.Label, seed,
        curve.Points.Where(p => p.Seed == seed).Select(p => new SnapshotRow(p.N, Finite(p.Sobolev), Finite(p.SobolevStdErr),
            Finite(p.TestError), Finite(p.TrainError), p.Rank, p.FrontierAtZero is double f ? Finite(f) : null)).ToArray());

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}

/// <summary>One point of a <see cref="CurveSnapshot"/>; the column names are the tolerance table's keys.</summary>
public sealed record SnapshotRow(int N, double? S, double? S_stderr, double? Test_error, double? Train_error, int Rank, double? S_star0)
{
    /// <summary>The compared columns by name, in table order.</summary>
    public IEnumerable<(string Column, double? Value)> Columns()
    {
        yield return ("S", S);
        yield return ("S_stderr", S_stderr);
        yield return ("test_error", Test_error);
        yield return ("train_error", Train_error);
        yield return ("rank", Rank);
        yield return ("S_star0", S_star0);
    }
}

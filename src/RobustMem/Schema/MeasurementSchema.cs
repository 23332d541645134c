using RobustMem.Curves;

namespace RobustMem.Schema;

/// <summary>The one table of measured figures: <c>measure</c>'s JSON, the curve CSV (written and read back) and the snapshots all come from it.</summary>
/// <remarks>
/// A new figure is one line here: a format lists the columns it pinned when issue 12 recorded its golden outputs
/// (<see cref="Layout"/>), then every other column it holds in this table's order, so the new one is appended to each
/// output that names it. The figure itself must be on <see cref="Experiments.IMeasured"/> (and on the point types).
/// </remarks>
internal static class MeasurementSchema
{
    /// <summary>Every measured figure, in the order new columns are appended to the outputs.</summary>
    public static IReadOnlyList<MeasuredColumn> Columns { get; } =
    [
        new("S", ColumnKind.Number, p => p.Sobolev)
        {
            Json = "sobolev", Read = (p, v) => p with { Sobolev = v!.Value },
            Snapshot = new(0, 0.06, "seed spread 0.254 (median relative sd, seeds 0–7) / 4, rounded down"),
        },
        new("S_stderr", ColumnKind.Number, p => p.SobolevStdErr)
        {
            Json = "sobolev_stderr", Read = (p, v) => p with { SobolevStdErr = v!.Value },
            Snapshot = new(0, 0.085, "Monte Carlo standard error of S: seed spread 0.351 / 4"),
        },
        new("S_exact", ColumnKind.OptionalNumber, p => p.SobolevExact) { Json = "sobolev_exact", Read = (p, v) => p with { SobolevExact = v } },
        new("bound", ColumnKind.Number, p => p.Bound) { Json = "bound", Read = (p, v) => p with { Bound = v!.Value } },
        new("ratio", ColumnKind.Number, p => p.Ratio) { Json = "ratio" },
        new("train_error", ColumnKind.Number, p => p.TrainError)
        {
            Json = "train_error", Read = (p, v) => p with { TrainError = v!.Value },
            // Interpolating fits leave round-off (1e-30 to 1e-20), which is not a figure: atol 1e-12 treats it as zero.
            Snapshot = new(1e-12, 0.065, "past the threshold the residual is a figure: seed spread 0.28 / 4"),
        },
        // Ill-posed test errors are never written as numbers, whatever the point holds (THEORY.md §1).
        new("test_error", ColumnKind.Number, p => p.IllPosed ? double.NaN : p.TestError)
        {
            Json = "test_error", Read = (p, v) => p with { TestError = v!.Value },
            Snapshot = new(0, 0.065, "test error on fresh points: seed spread 0.276 / 4"),
        },
        new("rank", ColumnKind.Integer, p => p.Rank)
        {
            Json = "rank", Read = (p, v) => p with { Rank = (int)v!.Value },
            Snapshot = new(0, 0, "an integer decided by a cut-off: exact"),
        },
        new("S_star0", ColumnKind.OptionalNumber, p => p.FrontierAtZero)
        {
            Csv = "sobolev_star0", Read = (p, v) => p with { FrontierAtZero = v },
            Snapshot = new(0, 0.065, "S*(0): seed spread 0.265 / 4"),
        },
        new("ill_posed", ColumnKind.Flag, p => p.IllPosed ? 1 : 0) { Json = "ill_posed", Read = (p, v) => p with { IllPosed = v == 1 } },
        // The sharper laws' figures (issue 13): measure's JSON, and the probe's columns of the width sweeps' CSV.
        // An ill-posed probe's sensitivity is NaN, written empty like an absent one: read back, it is NaN again.
        new("sensitivity", ColumnKind.OptionalNumber, p => p.Sensitivity)
        {
            Json = "sensitivity", Probe = true, Read = (p, v) => p with { Sensitivity = v ?? double.NaN },
        },
        new("lipschitz_lower", ColumnKind.OptionalNumber, p => p.LipschitzLower) { Json = "lipschitz_lower" },
        new("params", ColumnKind.OptionalNumber, p => p.Parameters) { Json = "params", Probe = true, Read = (p, v) => p with { Parameters = v } },
        new("universal_bound", ColumnKind.OptionalNumber, p => p.UniversalBound) { Json = "universal_bound", Probe = true, Read = (p, v) => p with { UniversalBound = v } },
        // The -real figures' S in the sharper laws' unit (issue 21); measure's JSON writes its own key for it (sensitivity_paper).
        new("S_paper", ColumnKind.OptionalNumber, p => p.SensitivityPaper) { Csv = "S_paper", Probe = true, Read = (p, v) => p with { SensitivityPaper = v } },
    ];

    /// <summary>
    /// A format's fields in order: its <paramref name="pinned"/> keys (each a column's name in the format or one of its own
    /// <paramref name="descriptors"/>), then every other column the format holds, in table order.
    /// </summary>
    /// <param name="pinned">The order the format had when its golden output was recorded.</param>
    /// <param name="nameIn">A column's name in the format; null when the format leaves it out.</param>
    /// <param name="descriptors">Fields the format writes itself (the curve's name, the model, the backend…).</param>
    /// <returns>(key, column); the column is null for a descriptor.</returns>
    public static IReadOnlyList<(string Key, MeasuredColumn? Column)> Layout(
        IReadOnlyList<string> pinned, Func<MeasuredColumn, string?> nameIn, IReadOnlySet<string> descriptors)
    {
        var held = Columns.Where(c => nameIn(c) is not null).ToDictionary(c => nameIn(c)!);
        var layout = new List<(string, MeasuredColumn?)>();
        foreach (string key in pinned)
        {
            if (held.Remove(key, out var column)) layout.Add((key, column));
            else if (descriptors.Contains(key)) layout.Add((key, null));
            else throw new InvalidOperationException($"'{key}' is neither a column of the measurement schema nor a field the format writes itself.");
        }
        layout.AddRange(Columns.Where(c => nameIn(c) is { } name && held.ContainsKey(name)).Select(c => (nameIn(c)!, (MeasuredColumn?)c)));
        return layout;
    }
}

using System.Text.Json;
using RobustMem.Curves;
using RobustMem.Schema;

namespace RobustMem.Snapshots;

/// <summary>The approved form of a curve: one row per n at a fixed seed; NaN (ill-posed) is stored as null.</summary>
internal sealed record CurveSnapshot(string Regime, string Label, int Seed, IReadOnlyList<SnapshotRow> Rows)
{
    public static CurveSnapshot Of(Curve curve, int seed) => new(curve.Name, curve.Spec.Label, seed,
        curve.Points.Where(p => p.Seed == seed).Select(SnapshotRow.Of).ToArray());
}

/// <summary>One point of a <see cref="CurveSnapshot"/>: n, then the columns of <see cref="MeasurementSchema"/> that have a snapshot tolerance.</summary>
/// <remarks>
/// Both JSON serializers (System.Text.Json here, Newtonsoft.Json inside Snapshooter) write <see cref="Values"/> flat,
/// next to <see cref="N"/>, so a snapshot file is one object per row as before the schema; a new snapshot column is one
/// line of the schema and lands at the end of each new row.
/// </remarks>
internal sealed record SnapshotRow
{
    /// <summary>The snapshot columns in the order of the approved files, then any later one in the schema's order.</summary>
    public static IReadOnlyList<MeasuredColumn> Layout { get; } = MeasurementSchema.Layout(
        ["S", "S_stderr", "test_error", "train_error", "rank", "S_star0"], c => c.Snapshot is null ? null : c.Name, new HashSet<string>())
        .Select(f => f.Column!).ToArray();

    public int N { get; init; }

    /// <summary>The values by their name in the file (<see cref="FileName"/>); null is "ill-posed" or "not computed".</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    [Newtonsoft.Json.JsonExtensionData]
    public Dictionary<string, object?> Values { get; init; } = [];

    /// <summary>The row of one point of a sweep.</summary>
    public static SnapshotRow Of(CurvePoint point) => new()
    {
        N = point.N,
        Values = Layout.ToDictionary(FileName, c => c.Get(point) is double v && double.IsFinite(v)
            ? c.Kind == ColumnKind.Integer ? (object)(int)v : v
            : null),
    };

    /// <summary>A column's value by its schema name, e.g. <c>test_error</c>.</summary>
    public double? Value(string column) => Values.TryGetValue(FileName(Layout.Single(c => c.Name == column)), out var v) ? v switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement e => e.GetDouble(),
        double d => d,
        int i => i,
        _ => throw new InvalidDataException($"snapshot column {column} holds {v.GetType().Name}, not a number"),
    } : null;

    /// <summary>The row with one value replaced.</summary>
    public SnapshotRow With(string column, double? value) =>
        this with { Values = new(Values) { [FileName(Layout.Single(c => c.Name == column))] = value } };

    /// <summary>The compared columns by schema name, in table order.</summary>
    public IEnumerable<(string Column, double? Value)> Columns() => Layout.Select(c => (c.Name, Value(c.Name)));

    // The approved files name a column as the record's properties did before the schema: capital first letter (Test_error).
    private static string FileName(MeasuredColumn column) => char.ToUpperInvariant(column.Name[0]) + column.Name[1..];
}

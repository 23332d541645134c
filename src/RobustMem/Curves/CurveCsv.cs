using System.Globalization;
using System.Text;
using RobustMem.Schema;

namespace RobustMem.Curves;

/// <summary>The CSV of a figure: one row per (curve, n, seed), numbers in invariant culture with round-trip formatting.</summary>
/// <remarks>
/// "R" gives the shortest string that parses back to the same double, so the same seeds give the same bytes.
/// Ill-posed points leave every figure that depends on the solution empty and say so in <c>ill_posed</c>:
/// they are never written as numbers (THEORY.md §1). The measured columns come from <see cref="MeasurementSchema"/>.
/// </remarks>
public static class CurveCsv
{
    // The fields that say which point a row is, which the CSV writes itself: everything else is a column of the schema.
    private static readonly Dictionary<string, Func<Curve, CurvePoint, string>> Descriptors = new()
    {
        ["curve"] = (curve, _) => curve.Name,
        ["n"] = (_, p) => Int(p.N),
        ["seed"] = (_, p) => Int(p.Seed),
        ["bound_kind"] = (curve, _) => curve.Spec.Base.Model.Claim.Bound.Ascii,
    };

    /// <summary>The fields of a row: the point's curve, n, seed and bound kind, and the schema's columns.</summary>
    public static IReadOnlyList<(string Key, MeasuredColumn? Column)> Layout { get; } = MeasurementSchema.Layout(
        ["curve", "n", "seed", "S", "S_stderr", "S_exact", "train_error", "test_error", "rank", "bound", "bound_kind", "S_star0", "ill_posed"],
        c => c.InCsv ? c.Name : null, Descriptors.Keys.ToHashSet());

    public static string Header { get; } = string.Join(',', Layout.Select(f => f.Key));

    public static string Format(IEnumerable<Curve> curves)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var curve in curves)
            foreach (var p in curve.Points)
                text.Append(string.Join(',', Layout.Select(f => f.Column is { } c ? Cell(c, p) : Descriptors[f.Key](curve, p)))).Append('\n');
        return text.ToString();
    }

    /// <summary>A column's cell: whole numbers as digits, doubles in "R" or empty when NaN or absent, flags as true/false.</summary>
    public static string Cell(MeasuredColumn column, CurvePoint point)
    {
        double? value = column.Get(point);
        return column.Kind switch
        {
            ColumnKind.Integer => Int((int)value!.Value),
            ColumnKind.Number or ColumnKind.OptionalNumber => Number(value),
            ColumnKind.Flag => value == 1 ? "true" : "false",
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "no CSV spelling for this kind of column"),
        };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) =>
        value is double v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}

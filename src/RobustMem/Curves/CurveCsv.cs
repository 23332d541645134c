using System.Text;
using RobustMem.Schema;

namespace RobustMem.Curves;

/// <summary>The CSV of a figure: one row per fit (curve, n, seed), one column per variable, named as <c>measure</c>'s JSON names them.</summary>
/// <remarks>
/// The regime's variables come first (<see cref="RegimeColumns"/>), then the bound's kind and the measured figures of
/// <see cref="MeasurementSchema"/>; cells are spelled by <see cref="CsvText"/>. Ill-posed points leave every figure that
/// depends on the solution empty and say so in <c>ill_posed</c>: they are never written as numbers (THEORY.md §1).
/// </remarks>
internal static class CurveCsv
{
    // The fields that say which fit a row is, which the CSV writes itself: everything else is a column of the schema.
    private static readonly Dictionary<string, Func<Curve, CurvePoint, string>> Descriptors = RegimeColumns.Names
        .Select((name, i) => (name, i))
        .ToDictionary(c => c.name, c => (Func<Curve, CurvePoint, string>)((curve, p) => RegimeColumns.Cells(curve.Spec.At(p.N, p.Seed))[c.i]))
        .Append(new("bound_kind", (curve, _) => curve.Spec.Base.Model.Claim.Bound.Ascii))
        .ToDictionary();

    /// <summary>The fields of a row: the regime's variables, the bound kind, and the schema's columns.</summary>
    public static IReadOnlyList<(string Key, MeasuredColumn? Column)> Layout { get; } = MeasurementSchema.Layout(
        [.. RegimeColumns.Names, "sobolev", "sobolev_stderr", "sobolev_exact", "bound", "bound_kind", "train_error", "test_error", "rank", "sobolev_star0", "ill_posed"],
        c => c.InCsv ? c.CsvName : null, Descriptors.Keys.ToHashSet());

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

    /// <summary>The cells of the columns that stay the same along a curve (<see cref="RegimeColumns.CurveKey"/>), joined: how a row finds its curve.</summary>
    public static string CurveKey(CurveSpec spec)
    {
        var cells = RegimeColumns.Cells(spec.Base);
        return string.Join(',', RegimeColumns.CurveKey.Select(name => cells[IndexOfRegime(name)]));
    }

    internal static int IndexOfRegime(string name) => RegimeColumns.Names.ToList().IndexOf(name);

    /// <summary>A column's cell: whole numbers as digits, doubles in "R" or empty when NaN or absent, flags as true/false.</summary>
    public static string Cell(MeasuredColumn column, CurvePoint point)
    {
        double? value = column.Get(point);
        return column.Kind switch
        {
            ColumnKind.Integer => CsvText.Int((int)value!.Value),
            ColumnKind.Number or ColumnKind.OptionalNumber => CsvText.Number(value),
            ColumnKind.Flag => value == 1 ? "true" : "false",
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "no CSV spelling for this kind of column"),
        };
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using RobustMem.Schema;

namespace RobustMem.Curves;

/// <summary>The CSV of a figure: one row per fit (curve, grid point, seed), one column per variable, named as <c>measure</c>'s JSON names them.</summary>
/// <remarks>
/// The regime's variables come first (<see cref="RegimeColumns"/>), then the measured figures of
/// <see cref="MeasurementSchema"/> the curves' <see cref="CurveSpec.Measure"/> holds (for S, with the bound's kind);
/// cells are spelled by <see cref="CsvText"/>. Ill-posed points leave every figure that depends on the solution empty
/// (and an n-sweep says so in <c>ill_posed</c>): they are never written as numbers (THEORY.md §1). The kernel's row of a
/// width sweep says its model, e.g. <c>rf-kernel</c>, and has an empty <c>k</c>.
/// </remarks>
internal static class CurveCsv
{
    // The fields that say which fit a row is, which the CSV writes itself: everything else is a column of the schema.
    private static readonly Dictionary<string, Func<Curve, CurvePoint, string>> Descriptors = RegimeColumns.Names
        .Select((name, i) => (name, i))
        .ToDictionary(c => c.name, c => (Func<Curve, CurvePoint, string>)((curve, p) => RegimeColumns.Cells(curve.Spec.RegimeOf(p))[c.i]))
        .Append(new("bound_kind", (curve, _) => curve.Spec.Base.Model.Claim.Bound.Ascii))
        .ToDictionary();

    private static readonly ConditionalWeakTable<CurveMeasure, IReadOnlyList<(string Key, MeasuredColumn? Column)>> Layouts = [];

    /// <summary>The fields of a row of the paper's figures (S): the regime's variables, the bound kind, and the schema's columns.</summary>
    public static IReadOnlyList<(string Key, MeasuredColumn? Column)> Layout => LayoutOf(CurveMeasure.Seminorm);

    /// <summary>The header of the paper's figures' CSV.</summary>
    public static string Header => HeaderOf(CurveMeasure.Seminorm);

    /// <summary>The fields of a row of curves measured by <paramref name="measure"/>: its pinned fields, then every other column it holds.</summary>
    public static IReadOnlyList<(string Key, MeasuredColumn? Column)> LayoutOf(CurveMeasure measure) =>
        Layouts.GetValue(measure, m => MeasurementSchema.Layout(m.Pinned, c => m.Holds(c) ? c.CsvName : null, Descriptors.Keys.ToHashSet()));

    public static string HeaderOf(CurveMeasure measure) => string.Join(',', LayoutOf(measure).Select(f => f.Key));

    /// <summary>The CSV of one figure's curves, which share one measure (the paper's S when there are none).</summary>
    public static string Format(IEnumerable<Curve> curves)
    {
        var all = curves.ToArray();
        var measure = MeasureOf(all.Select(c => c.Spec));
        var layout = LayoutOf(measure);
        var text = new StringBuilder();
        text.Append(HeaderOf(measure)).Append('\n');
        foreach (var curve in all)
            foreach (var p in curve.Points)
                text.Append(string.Join(',', layout.Select(f => f.Column is { } c ? Cell(c, p) : Descriptors[f.Key](curve, p)))).Append('\n');
        return text.ToString();
    }

    /// <summary>The one measure of a figure's curves; curves of two measures cannot share a CSV.</summary>
    public static CurveMeasure MeasureOf(IEnumerable<CurveSpec> curves)
    {
        var measures = curves.Select(c => c.Measure).Distinct().ToArray();
        return measures.Length switch
        {
            0 => CurveMeasure.Seminorm,
            1 => measures[0],
            _ => throw new ArgumentException("a figure's curves share one measure: one CSV holds one set of columns."),
        };
    }

    /// <summary>The cells of the columns that stay the same along a curve (all but its sweep's, seed and repeat), joined: how a row finds its curve.</summary>
    public static string CurveKey(CurveSpec spec)
    {
        var cells = RegimeColumns.Cells(spec.Base);
        return string.Join(',', KeyColumns(spec.Sweep).Select(name => cells[IndexOfRegime(name)]));
    }

    /// <summary>The regime columns a row's curve is found by: every one but those its sweep varies, seed and repeat.</summary>
    internal static IReadOnlyList<string> KeyColumns(SweptVariable sweep) => RegimeColumns.Names.Except([.. sweep.Varying, "seed", "repeat"]).ToArray();

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

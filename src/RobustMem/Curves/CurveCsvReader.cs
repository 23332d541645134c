using System.Globalization;
using RobustMem.Schema;

namespace RobustMem.Curves;

/// <summary>Reads the rows of a figure's CSV (<see cref="CurveCsv"/>) back into points, exactly.</summary>
/// <remarks>
/// The CSV writes doubles with "R", which parses back to the same double, and empty cells for what is NaN or absent;
/// so a row read here and written again is the same bytes. Each row is checked to be exactly that, so a hand-edited or
/// foreign row is refused rather than merged into a figure it would silently change.
/// </remarks>
public static class CurveCsvReader
{
    /// <summary>The rows of <paramref name="text"/> with their curves, in file order.</summary>
    /// <param name="text">A CSV written by <see cref="CurveCsv.Format"/>.</param>
    /// <param name="curves">The curves the rows may belong to, looked up by name.</param>
    /// <param name="source">File name for messages.</param>
    public static IReadOnlyList<(CurveSpec Spec, CurvePoint Point)> Read(string text, IReadOnlyList<CurveSpec> curves, string source)
    {
        var lines = text.Split('\n');
        if (lines[0] != CurveCsv.Header) throw new FormatException($"{source}: the first line is not the robustmem CSV header.");
        if (lines[^1] != "") throw new FormatException($"{source}: the last row is cut short (no final newline).");
        var byName = curves.ToDictionary(c => c.Name);
        var rows = new List<(CurveSpec, CurvePoint)>();
        int curveCell = Index("curve"), nCell = Index("n"), seedCell = Index("seed");
        for (int i = 1; i < lines.Length - 1; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != CurveCsv.Layout.Count || !byName.TryGetValue(cells[curveCell], out var spec))
                throw new FormatException($"{source}, line {i + 1}: not a row of a known curve of this figure.");
            var point = Parse(cells, nCell, seedCell, source, i + 1);
            // The row must be what CurveCsv writes for this point: then the merged file can be byte for byte the unsharded one.
            if (CurveCsv.Format([new Curve(spec, [point])]) != CurveCsv.Header + "\n" + lines[i] + "\n")
                throw new FormatException($"{source}, line {i + 1}: the row is not as robustmem writes it.");
            rows.Add((spec, point));
        }
        return rows;
    }

    private static int Index(string key) => CurveCsv.Layout.Select(f => f.Key).ToList().IndexOf(key);

    // Each column puts its cell back into the point; the fields the CSV writes itself (curve, bound kind) are checked by the round trip.
    private static CurvePoint Parse(string[] cells, int nCell, int seedCell, string source, int line)
    {
        try
        {
            var point = new CurvePoint(Int(cells[nCell]), Int(cells[seedCell]), double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false);
            foreach (var ((_, column), cell) in CurveCsv.Layout.Zip(cells))
                if (column is { Read: { } read }) point = read(point, Value(column, cell));
            return point;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new FormatException($"{source}, line {line}: {e.Message}");
        }
    }

    private static double? Value(MeasuredColumn column, string cell) => column.Kind switch
    {
        ColumnKind.Integer => Int(cell),
        ColumnKind.Number => Number(cell),
        ColumnKind.OptionalNumber => cell == "" ? null : Number(cell),
        ColumnKind.Flag => cell switch
        {
            "true" => 1,
            "false" => 0,
            _ => throw new FormatException($"{column.Name} is '{cell}'"),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "no CSV reading for this kind of column"),
    };

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    // Empty is how the writer spells NaN (ill-posed) for the required columns and null for the optional ones.
    private static double Number(string s) => s == "" ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

}

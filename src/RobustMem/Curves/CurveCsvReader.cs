using RobustMem.Schema;

namespace RobustMem.Curves;

/// <summary>Reads the rows of a figure's CSV (<see cref="CurveCsv"/>) back into points, exactly.</summary>
/// <remarks>
/// A row finds its curve by its regime's columns (<see cref="CurveCsv.CurveKey"/>), those its sweep does not vary. The CSV writes doubles with "R",
/// which parses back to the same double, and empty cells for what is NaN or absent; so a row read here and written again
/// is the same bytes. Each row is checked to be exactly that, so a hand-edited or foreign row is refused rather than
/// merged into a figure it would silently change.
/// </remarks>
internal static class CurveCsvReader
{
    /// <summary>The rows of <paramref name="text"/> with their curves, in file order.</summary>
    /// <param name="text">A CSV written by <see cref="CurveCsv.Format"/>.</param>
    /// <param name="curves">The curves the rows may belong to, looked up by their regime's columns.</param>
    /// <param name="source">File name for messages.</param>
    public static IReadOnlyList<(CurveSpec Spec, CurvePoint Point)> Read(string text, IReadOnlyList<CurveSpec> curves, string source)
    {
        var lines = CsvText.Lines(text, source);
        var measure = CurveCsv.MeasureOf(curves);
        var layout = CurveCsv.LayoutOf(measure);
        if (lines[0] != CurveCsv.HeaderOf(measure)) throw new FormatException($"{source}: the first line is not the robustmem CSV header.");
        // A figure's curves share their sweep; the rows of a curve differ in its swept columns, seed and repeat only.
        var sweep = curves.Select(c => c.Sweep).Distinct().SingleOrDefault() ?? SweptVariable.N;
        var byKey = curves.ToDictionary(CurveCsv.CurveKey);
        var rows = new List<(CurveSpec, CurvePoint)>();
        int nCell = Index(layout, "n"), seedCell = Index(layout, "seed");
        int[] keyCells = CurveCsv.KeyColumns(sweep).Select(k => Index(layout, k)).ToArray();
        for (int i = 1; i < lines.Count; i++)
        {
            string[] cells;
            try { cells = CsvText.Cells(lines[i]); }
            catch (FormatException e) { throw new FormatException($"{source}, line {i + 1}: {e.Message}"); }
            if (cells.Length != layout.Count || !byKey.TryGetValue(string.Join(',', keyCells.Select(c => CsvText.Text(cells[c]))), out var spec))
                throw new FormatException($"{source}, line {i + 1}: not a row of a known curve of this figure.");
            var point = Parse(layout, sweep, cells, nCell, seedCell, source, i + 1);
            // The row must be what CurveCsv writes for this point: then the merged file can be byte for byte the unsharded one.
            if (CurveCsv.Format([new Curve(spec, [point])]) != lines[0] + "\n" + lines[i] + "\n")
                throw new FormatException($"{source}, line {i + 1}: the row is not as robustmem writes it.");
            rows.Add((spec, point));
        }
        return rows;
    }

    private static int Index(IReadOnlyList<(string Key, MeasuredColumn? Column)> layout, string key) => layout.Select(f => f.Key).ToList().IndexOf(key);

    // Each column puts its cell back into the point, and the sweep its grid point; the fields the CSV writes itself (the
    // regime, the bound kind) are checked by the round trip.
    private static CurvePoint Parse(IReadOnlyList<(string Key, MeasuredColumn? Column)> layout, SweptVariable sweep, string[] cells, int nCell, int seedCell, string source, int line)
    {
        try
        {
            var point = new CurvePoint(CsvText.ParseInt(cells[nCell]), CsvText.ParseInt(cells[seedCell]), double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false);
            foreach (var ((_, column), cell) in layout.Zip(cells))
                if (column is { Read: { } read }) point = read(point, Value(column, cell));
            return sweep.Placed(point, name => cells[Index(layout, name)]);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new FormatException($"{source}, line {line}: {e.Message}");
        }
    }

    private static double? Value(MeasuredColumn column, string cell) => column.Kind switch
    {
        ColumnKind.Integer => CsvText.ParseInt(cell),
        // Empty is how the writer spells NaN (ill-posed) for the required columns and null for the optional ones.
        ColumnKind.Number => CsvText.ParseNumber(cell),
        ColumnKind.OptionalNumber => CsvText.ParseOptional(cell),
        ColumnKind.Flag => cell switch
        {
            "true" => 1,
            "false" => 0,
            _ => throw new FormatException($"{column.CsvName} is '{cell}'"),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "no CSV reading for this kind of column"),
    };
}

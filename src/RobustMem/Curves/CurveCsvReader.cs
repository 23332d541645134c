using System.Globalization;

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
        for (int i = 1; i < lines.Length - 1; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != 13 || !byName.TryGetValue(cells[0], out var spec))
                throw new FormatException($"{source}, line {i + 1}: not a row of a known curve of this figure.");
            var point = Parse(cells, source, i + 1);
            // The row must be what CurveCsv writes for this point: then the merged file can be byte for byte the unsharded one.
            if (CurveCsv.Format([new Curve(spec, [point])]) != CurveCsv.Header + "\n" + lines[i] + "\n")
                throw new FormatException($"{source}, line {i + 1}: the row is not as robustmem writes it.");
            rows.Add((spec, point));
        }
        return rows;
    }

    private static CurvePoint Parse(string[] c, string source, int line)
    {
        try
        {
            return new CurvePoint(Int(c[1]), Int(c[2]), Number(c[3]), Number(c[4]), Optional(c[5]), Number(c[6]), Number(c[7]),
                Int(c[8]), Number(c[9]), Optional(c[11]), c[12] switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw new FormatException($"ill_posed is '{c[12]}'"),
                });
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new FormatException($"{source}, line {line}: {e.Message}");
        }
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    // Empty is how the writer spells NaN (ill-posed) for the required columns and null for the optional ones.
    private static double Number(string s) => s == "" ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? Optional(string s) => s == "" ? null : Number(s);
}

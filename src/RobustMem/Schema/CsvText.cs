using System.Globalization;
using System.Text;

namespace RobustMem.Schema;

/// <summary>How every robustmem CSV spells a cell and splits a line: RFC 4180, invariant culture, doubles in "R".</summary>
/// <remarks>
/// "R" gives the shortest string that parses back to the same double, so the same seeds give the same bytes. NaN and
/// absent values are empty cells, never numbers (THEORY.md §1). A cell holding a comma, a quote or a line break (a file
/// law's path) is quoted with its quotes doubled, so any RFC 4180 reader (pandas, R, a spreadsheet) gets the same cells.
/// </remarks>
internal static class CsvText
{
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double in "R", or empty when NaN, infinite or absent.</summary>
    public static string Number(double? value) =>
        value is double v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A text cell, quoted when RFC 4180 says it must be.</summary>
    public static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static int ParseInt(string cell) => int.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static long ParseLong(string cell) => long.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>A double cell: empty is NaN.</summary>
    public static double ParseNumber(string cell) => cell == "" ? double.NaN : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A double cell that may be absent: empty is null.</summary>
    public static double? ParseOptional(string cell) => cell == "" ? null : ParseNumber(cell);

    /// <summary>The lines of a CSV (each row's text, quotes kept); throws when the text does not end in a newline.</summary>
    public static IReadOnlyList<string> Lines(string text, string source)
    {
        if (!text.EndsWith('\n')) throw new FormatException($"{source}: the last row is cut short (no final newline).");
        // Rows never hold a line break here: a quoted one would be a cell no robustmem CSV writes.
        return text[..^1].Split('\n');
    }

    /// <summary>The cells of one line, unquoted as RFC 4180 says.</summary>
    public static string[] Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        if (quoted) throw new FormatException($"a quoted cell is not closed: '{line}'");
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}

using System.Globalization;
using System.Text;

namespace RobustMem.Data.Files;

/// <summary>
/// A CSV of points, one row per point, comma-separated numbers in invariant culture, gzip-compressed or not. A first line
/// with no number in it is a header and is skipped. With <c>labelled</c> the first column is the point's class (an
/// integer), as in the MNIST CSV exports; otherwise every column is a coordinate. Read line by line: only the kept
/// rows' coordinates are parsed and held.
/// </summary>
/// <remarks>A CSV states its own scale: its numbers are the points' coordinates, never divided by 255 (THEORY.md §5.3).</remarks>
internal static class CsvPointFile
{
    /// <summary>The rows (those of <paramref name="keep"/>'s two classes when given), their classes when labelled, and every class the file holds.</summary>
    public static (PointRows Rows, int[]? Classes, IReadOnlySet<int> AllClasses) Read(string path, bool labelled, ClassPair? keep = null)
    {
        var (content, gzip) = FileSource.Open(path);
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        int lineNumber = 0;
        try { return Parse(reader, path, labelled, keep, ref lineNumber); }
        catch (DecoderFallbackException)
        {
            throw new FormatException($"{path}: neither IDX nor gzip nor a text CSV (line {lineNumber + 1} holds bytes that are not UTF-8 text).");
        }
        catch (InvalidDataException e) when (gzip) { throw new FormatException($"{path}: not a valid gzip stream ({e.Message.TrimEnd('.')})."); }
    }

    private static (PointRows, int[]?, IReadOnlySet<int>) Parse(StreamReader reader, string path, bool labelled, ClassPair? keep, ref int i)
    {
        var values = new List<double>();
        var classes = new List<int>();
        var seen = new HashSet<int>();
        int width = -1;
        for (string? line; (line = reader.ReadLine()) is not null; i++)
        {
            if (line.Contains('\0')) throw new FormatException($"{path}: neither IDX nor gzip nor a text CSV (line {i + 1} holds a NUL byte).");
            if (line.Trim().Length == 0) continue;
            var fields = line.Split(',');
            if (width < 0 && fields.All(f => !double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out _))) continue;
            if (width < 0) width = fields.Length;
            else if (fields.Length != width) throw new FormatException($"{path}: line {i + 1} has {fields.Length} columns, the first point has {width}.");
            int first = 0;
            if (labelled)
            {
                if (fields.Length < 2) throw new FormatException($"{path}: line {i + 1}: a labelled row needs a class and at least one coordinate.");
                double c = Number(fields[0], path, i, 0);
                if (c != Math.Floor(c) || Math.Abs(c) > int.MaxValue) throw new FormatException($"{path}: line {i + 1}: class '{Shorten(fields[0])}' is not an integer.");
                int label = (int)c;
                seen.Add(label);
                if (keep is { } pair && label != pair.Positive && label != pair.Negative) continue;
                classes.Add(label);
                first = 1;
            }
            for (int j = first; j < fields.Length; j++) values.Add(Number(fields[j], path, i, j));
        }
        if (width < 0) throw new FormatException($"{path}: no points (an empty file, or a header only).");
        int d = labelled ? width - 1 : width;
        return (PointRows.OfValues(values.ToArray(), d), labelled ? classes.ToArray() : null, seen);
    }

    private static double Number(string field, string path, int line, int column) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v
            : throw new FormatException($"{path}: line {line + 1}, column {column + 1}: '{Shorten(field)}' is not a finite number.");

    private static string Shorten(string field) => field.Length <= 20 ? field : field[..20] + "…";
}

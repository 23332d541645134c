using System.Globalization;
using System.Text;

namespace RobustMem.Data.Files;

/// <summary>
/// A CSV of points, one row per point, comma-separated numbers in invariant culture. A first line with no number in it is
/// a header and is skipped. With <c>labelled</c> the first column is the point's class (an integer), as in the MNIST CSV
/// exports; otherwise every column is a coordinate.
/// </summary>
public static class CsvPointFile
{
    public static PointFile Read(string path, bool labelled) => Parse(FileText.ReadBytes(path), path, labelled);

    /// <summary>Parses the bytes of <paramref name="path"/>, already read.</summary>
    public static PointFile Parse(byte[] bytes, string path, bool labelled)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var points = new List<double[]>();
        var classes = new List<int>();
        int width = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var fields = lines[i].Split(',');
            if (points.Count == 0 && width < 0 && fields.All(f => !double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out _))) continue;
            var row = new double[fields.Length];
            for (int j = 0; j < fields.Length; j++)
                if (!double.TryParse(fields[j], NumberStyles.Float, CultureInfo.InvariantCulture, out row[j]) || !double.IsFinite(row[j]))
                    throw new FormatException($"{path}: line {i + 1}, column {j + 1}: '{Shorten(fields[j])}' is not a finite number.");
            if (width < 0) width = row.Length;
            else if (row.Length != width) throw new FormatException($"{path}: line {i + 1} has {row.Length} columns, the first point has {width}.");
            if (labelled)
            {
                if (row.Length < 2) throw new FormatException($"{path}: line {i + 1}: a labelled row needs a class and at least one coordinate.");
                if (row[0] != Math.Floor(row[0])) throw new FormatException($"{path}: line {i + 1}: class '{fields[0]}' is not an integer.");
                classes.Add((int)row[0]);
                points.Add(row[1..]);
            }
            else points.Add(row);
        }
        if (points.Count == 0) throw new FormatException($"{path}: no points (an empty file, or a header only).");
        return new PointFile(points.ToArray(), labelled ? classes.ToArray() : null, path, IsBytes: false);
    }

    private static string Shorten(string field) => field.Length <= 20 ? field : field[..20] + "…";
}

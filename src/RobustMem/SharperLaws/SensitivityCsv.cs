using System.Globalization;
using System.Text;

namespace RobustMem.SharperLaws;

/// <summary>The CSV of a sensitivity figure: one row per fit, in the plan's canonical order; the kernel's width is <c>inf</c>.</summary>
/// <remarks>
/// Doubles are written "R" (the shortest text that parses back to the same double), so the same seeds give the same
/// bytes whole or sharded. An ill-posed fit leaves <c>sensitivity</c> empty: never written as a number (THEORY.md §1).
/// </remarks>
public static class SensitivityCsv
{
    public const string Header = "activation,n,k,params,seed,sensitivity,universal_bound";

    /// <summary>The column of S in the sharper laws' unit, √d·‖∇_z f(z₀)‖: the <c>-real</c> figures' CSV only (issue 21).</summary>
    public const string PaperColumn = "S_paper";

    /// <summary>The rows; with an <see cref="PaperColumn"/> column when the points carry S in the paper's unit (a file's figures), so the synthetic figures' bytes stay.</summary>
    public static string Format(IEnumerable<SensitivityPoint> points)
    {
        var all = points.ToList();
        bool paper = all.Any(p => p.SensitivityPaper is not null);
        var text = new StringBuilder(paper ? $"{Header},{PaperColumn}" : Header).Append('\n');
        foreach (var p in all)
        {
            text.Append(string.Join(',', p.Activation, Int(p.N), p.K is { } k ? Int(k) : SensitivityPoint.InfiniteWidth,
                p.Parameters is { } m ? m.ToString(CultureInfo.InvariantCulture) : "", Int(p.Seed), Real(p.Sensitivity),
                p.UniversalBound is { } b ? Real(b) : ""));
            if (paper) text.Append(',').Append(p.SensitivityPaper is { } s ? Real(s) : "");
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The rows of a CSV <see cref="Format"/> wrote; anything else throws <see cref="ArgumentException"/> naming <paramref name="source"/> and the line.</summary>
    public static IReadOnlyList<SensitivityPoint> Read(string text, string source)
    {
        var lines = text.Split('\n');
        bool paper = lines[0] == $"{Header},{PaperColumn}";
        if (lines[0] != Header && !paper) throw new ArgumentException($"{source}: not a sensitivity figure's CSV (header '{lines[0]}', expected '{Header}').");
        int width = paper ? 8 : 7;
        var points = new List<SensitivityPoint>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = lines[i].Split(',');
            try
            {
                if (cells.Length != width) throw new FormatException($"{cells.Length} cells, expected {width}");
                bool kernel = cells[2] == SensitivityPoint.InfiniteWidth;
                points.Add(new SensitivityPoint(cells[0], ParseInt(cells[1]), kernel ? null : ParseInt(cells[2]),
                    cells[3].Length == 0 ? null : long.Parse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture), ParseInt(cells[4]),
                    cells[5].Length == 0 ? double.NaN : ParseReal(cells[5]), cells[6].Length == 0 ? null : ParseReal(cells[6]),
                    paper && cells[7].Length > 0 ? ParseReal(cells[7]) : null));
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new ArgumentException($"{source}, line {i + 1}: {e.Message}.");
            }
        }
        return points;
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Real(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);

    private static int ParseInt(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static double ParseReal(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}

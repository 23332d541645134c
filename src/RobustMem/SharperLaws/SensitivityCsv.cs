using System.Text;
using RobustMem.Activations;
using RobustMem.Schema;

namespace RobustMem.SharperLaws;

/// <summary>The CSV of a sensitivity figure: one row per fit, in the plan's canonical order, one column per variable.</summary>
/// <remarks>
/// The fit's regime first (<see cref="RegimeColumns"/>, named as <c>measure</c>'s JSON names them: the kernel's row says
/// its model, e.g. <c>rf-kernel</c>, and has an empty <c>k</c>), then <see cref="Measured"/>. Cells are spelled by
/// <see cref="CsvText"/>, so the same seeds give the same bytes whole or sharded; an ill-posed fit leaves
/// <c>sensitivity</c> empty: never written as a number (THEORY.md §1).
/// </remarks>
internal static class SensitivityCsv
{
    /// <summary>One measured column: its name (the JSON's), how a point writes it, how a cell puts it back.</summary>
    public sealed record Column(string Name, Func<SensitivityPoint, string> Write, Func<SensitivityPoint, string, SensitivityPoint> Read);

    /// <summary>The measured columns after the regime's, in order: a new figure of a fit is one line here.</summary>
    public static IReadOnlyList<Column> Measured { get; } =
    [
        new("params", p => p.Parameters is { } m ? CsvText.Int(m) : "", (p, c) => p with { Parameters = c == "" ? null : CsvText.ParseLong(c) }),
        new("sensitivity", p => CsvText.Number(p.Sensitivity), (p, c) => p with { Sensitivity = CsvText.ParseNumber(c) }),
        new("universal_bound", p => CsvText.Number(p.UniversalBound), (p, c) => p with { UniversalBound = CsvText.ParseOptional(c) }),
    ];

    /// <summary>The column of S in the sharper laws' unit, √d·‖∇_z f(z₀)‖: the <c>-real</c> figures' CSV only (issue 21).</summary>
    public const string PaperColumn = "S_paper";

    // Written only when the points carry S in the paper's unit (a file's figures), so the synthetic figures' bytes stay.
    private static readonly Column Paper =
        new(PaperColumn, p => CsvText.Number(p.SensitivityPaper), (p, c) => p with { SensitivityPaper = CsvText.ParseOptional(c) });

    private static IReadOnlyList<Column> MeasuredOf(bool paper) => paper ? [.. Measured, Paper] : Measured;

    private static string HeaderOf(IReadOnlyList<Column> measured) => string.Join(',', [.. RegimeColumns.Names, .. measured.Select(c => c.Name)]);

    /// <summary>The header of a synthetic figure's CSV; a file's figure adds <see cref="PaperColumn"/>.</summary>
    public static string Header { get; } = HeaderOf(Measured);

    public static string Format(SensitivityFigure figure, IEnumerable<SensitivityPoint> points)
    {
        var all = points.ToList();
        var measured = MeasuredOf(all.Any(p => p.SensitivityPaper is not null));
        var text = new StringBuilder(HeaderOf(measured)).Append('\n');
        foreach (var p in all) text.Append(Row(figure, p, measured)).Append('\n');
        return text.ToString();
    }

    private static string Row(SensitivityFigure figure, SensitivityPoint p, IReadOnlyList<Column> measured) =>
        string.Join(',', [.. RegimeColumns.Cells(RegimeOf(figure, p)), .. measured.Select(c => c.Write(p))]);

    // The regime a point was fitted in: the figure's, at the point's activation, N, width (the kernel when none) and seed.
    private static Experiments.Regime RegimeOf(SensitivityFigure figure, SensitivityPoint p)
    {
        var activation = Activation.Parse(p.Activation);
        return p.K is { } k ? figure.At(activation, p.N, k, p.Seed) : figure.KernelAt(activation, p.N, p.Seed);
    }

    /// <summary>The rows of a CSV <see cref="Format"/> wrote for <paramref name="figure"/>; anything else throws <see cref="ArgumentException"/> naming <paramref name="source"/> and the line.</summary>
    /// <remarks>Each row must be what <see cref="Format"/> writes for the point read: a row of another figure's regime (d, law, noise…) is refused.</remarks>
    public static IReadOnlyList<SensitivityPoint> Read(string text, SensitivityFigure figure, string source)
    {
        var lines = text.Split('\n');
        bool paper = lines[0] == HeaderOf(MeasuredOf(true));
        if (lines[0] != Header && !paper) throw new ArgumentException($"{source}: not a sensitivity figure's CSV (header '{lines[0]}', expected '{Header}').");
        var measured = MeasuredOf(paper);
        int activationCell = Cell("activation"), modelCell = Cell("model"), nCell = Cell("n"), kCell = Cell("k"), seedCell = Cell("seed");
        int columns = RegimeColumns.Names.Count + measured.Count;
        var points = new List<SensitivityPoint>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            try
            {
                var cells = CsvText.Cells(lines[i]);
                if (cells.Length != columns) throw new FormatException($"{cells.Length} cells, expected {columns}");
                bool kernel = cells[modelCell] == figure.Kernel.Name;
                var point = new SensitivityPoint(cells[activationCell], CsvText.ParseInt(cells[nCell]), kernel ? null : CsvText.ParseInt(cells[kCell]),
                    null, CsvText.ParseInt(cells[seedCell]), double.NaN, null);
                for (int c = 0; c < measured.Count; c++) point = measured[c].Read(point, cells[RegimeColumns.Names.Count + c]);
                if (Row(figure, point, measured) != lines[i]) throw new FormatException($"the row is not as robustmem writes it for {figure.Name}");
                points.Add(point);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw new ArgumentException($"{source}, line {i + 1}: {e.Message}.");
            }
        }
        return points;
    }

    private static int Cell(string name) => RegimeColumns.Names.ToList().IndexOf(name);
}

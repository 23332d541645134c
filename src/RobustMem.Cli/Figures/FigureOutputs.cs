using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.Sweeps;
using RobustMem.Verdicts;

namespace RobustMem.Cli.Figures;

/// <summary>Writes a figure's files (<c>&lt;figure&gt;.csv</c>, its plots as <c>.png</c> and <c>.svg</c>) and <c>summary.md</c> from full curves, as <c>reproduce</c> does.</summary>
internal static class FigureOutputs
{
    /// <summary>Writes one figure's CSV and plots (<see cref="FigurePlot.Panels"/>) into <paramref name="directory"/> and returns its verdicts (none for a figure reported beside what the laws say).</summary>
    public static IReadOnlyList<CurveVerdict> WriteFigure(string directory, FigureSpec figure, IReadOnlyList<Curve> curves)
    {
        File.WriteAllText(ShardFolder.CsvPath(directory, figure.Name), CurveCsv.Format(curves), ShardFolder.Utf8);
        foreach (var (stem, title, panel) in FigurePlot.Panels(figure, curves))
        {
            string path = Path.Combine(directory, stem);
            PlotFiles.Save(FigurePlot.Build(figure, panel, title), path + ".png", path + ".svg");
        }
        return figure.Expected is null ? CurveVerdicts.For(figure, curves) : [];
    }

    /// <summary>Writes <c>summary.md</c> (<see cref="SummaryMarkdown"/>).</summary>
    public static void WriteSummary(string directory, FigureScale scale, int seeds, string backend,
        IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves, IReadOnlyList<CurveVerdict> Verdicts)> results) =>
        File.WriteAllText(Path.Combine(directory, Commands.ReproduceCommand.SummaryFile), SummaryMarkdown.Format(scale, seeds, backend, results), ShardFolder.Utf8);

    /// <summary>Writes every figure of a run and its summary.</summary>
    public static void WriteAll(string directory, FigureScale scale, int seeds, string backend, IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves)> figures)
    {
        var results = figures.Select(r => (r.Figure, r.Curves, WriteFigure(directory, r.Figure, r.Curves))).ToArray();
        WriteSummary(directory, scale, seeds, backend, results);
    }

    /// <summary>What a run wrote, for its closing line: "7 figures", or a figure of several plots by its name, with its points and plots when <paramref name="counts"/>.</summary>
    public static string Written(IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves)> figures, bool counts) => figures is [var (figure, curves)] && figure.PanelPerActivation
        ? counts ? $"{figure.Name} ({curves.Sum(c => c.Points.Count)} points, {FigurePlot.Panels(figure, curves).Count} plots)" : figure.Name
        : $"{figures.Count} figures";
}

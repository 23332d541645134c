using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.Sweeps;
using RobustMem.Verdicts;

namespace RobustMem.Cli.Figures;

/// <summary>Writes a figure's files (<c>&lt;figure&gt;.csv</c>, <c>.png</c>, <c>.svg</c>) and <c>summary.md</c> from full curves, as <c>reproduce</c> does.</summary>
internal static class FigureOutputs
{
    /// <summary>Writes one figure's CSV and plots into <paramref name="directory"/> and returns its verdicts.</summary>
    public static IReadOnlyList<CurveVerdict> WriteFigure(string directory, FigureSpec figure, IReadOnlyList<Curve> curves)
    {
        string stem = Path.Combine(directory, figure.Name);
        File.WriteAllText(stem + ".csv", CurveCsv.Format(curves), ShardFolder.Utf8);
        FigurePlot.Save(figure, curves, stem + ".png", stem + ".svg");
        return CurveVerdicts.For(figure, curves);
    }

    /// <summary>Writes <c>summary.md</c>: one verdict row per claim of every figure.</summary>
    public static void WriteSummary(string directory, FigureScale scale, int seeds, string backend,
        IReadOnlyList<(FigureSpec Figure, IReadOnlyList<CurveVerdict> Verdicts)> results) =>
        File.WriteAllText(Path.Combine(directory, Commands.ReproduceCommand.SummaryFile), SummaryMarkdown.Format(scale, seeds, backend, results), ShardFolder.Utf8);
}

using RobustMem.SharperLaws;
using RobustMem.Sweeps;

namespace RobustMem.Cli.Figures;

/// <summary>Writes a sensitivity figure's files: <c>&lt;figure&gt;.csv</c>, one <c>&lt;figure&gt;-&lt;activation&gt;.png/.svg</c> per activation, and <c>summary.md</c>.</summary>
internal static class SensitivityOutputs
{
    public static void Write(string directory, SensitivityPlan plan, string backend, IReadOnlyList<SensitivityPoint> points)
    {
        var figure = plan.Figure;
        File.WriteAllText(ShardFolder.CsvPath(directory, figure.Name), SensitivityCsv.Format(figure, points), ShardFolder.Utf8);
        foreach (var activation in figure.Activations)
        {
            string stem = Path.Combine(directory, $"{figure.Name}-{activation.Name}");
            SensitivityPlot.Save(figure, activation, points, stem + ".png", stem + ".svg");
        }
        File.WriteAllText(Path.Combine(directory, Commands.ReproduceCommand.SummaryFile),
            SensitivitySummaryMarkdown.Format(plan, backend, SensitivityTrend.Of(figure, points)), ShardFolder.Utf8);
    }
}

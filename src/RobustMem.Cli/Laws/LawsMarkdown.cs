namespace RobustMem.Cli.Laws;

/// <summary>The rows as a GitHub markdown table, for a README or a CI job summary.</summary>
internal static class LawsMarkdown
{
    public static void Write(IReadOnlyList<LawRow> rows, TextWriter stdout)
    {
        stdout.WriteLine("| model | law (source) | regime | lower bound | tightness | disagreement with the paper |");
        stdout.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
            stdout.WriteLine("| " + string.Join(" | ", new[]
            {
                row.Entry.Model.Name, $"{row.Entry.Law.Statement} ({row.Entry.Law.Source})", row.Regime,
                row.LowerBoundText, row.TightnessText, row.DisagreementText,
            }.Select(Cell)) + " |");
    }

    // A pipe would end the cell and a newline the row.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}

using RobustMem.Schema;

namespace RobustMem.Cli.Laws;

/// <summary>The rows as RFC 4180 CSV, one line per (model class, law), with the table's cells under identifier headers.</summary>
internal static class LawsCsv
{
    public static readonly string[] Header = ["model", "law", "statement", "source", "applicable", "claim", "regime", "lower_bound", "tightness", "disagreement", "passed"];

    public static void Write(IReadOnlyList<LawRow> rows, TextWriter stdout)
    {
        stdout.WriteLine(string.Join(',', Header));
        foreach (var row in rows)
            stdout.WriteLine(string.Join(',', new[]
            {
                row.Entry.Model.Name, row.Entry.Law.Name, row.Entry.Law.Statement, row.Entry.Law.Source, row.Applicable ? "true" : "false",
                row.Verdict?.Claim.Id ?? "", row.Regime, row.LowerBoundText, row.TightnessText, row.DisagreementText,
                row.Verdict is { } v ? (v.Passed ? "true" : "false") : "",
            }.Select(CsvText.Text)));
    }
}

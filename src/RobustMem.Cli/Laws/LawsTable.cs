using Spectre.Console;
using Spectre.Console.Rendering;

namespace RobustMem.Cli.Laws;

/// <summary>The rows as a Spectre.Console table, one row per (model class, law).</summary>
internal static class LawsTable
{
    /// <summary>Columns of a table written to a file or a pipe, where there is no terminal width to ask.</summary>
    public const int RedirectedWidth = 200;

    public static void Write(IReadOnlyList<LawRow> rows, TextWriter stdout)
    {
        bool terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal) console.Profile.Width = RedirectedWidth;
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        foreach (string column in new[] { "model", "law (source)", "regime", "lower bound", "tightness", "disagreement with the paper" })
            table.AddColumn(new TableColumn(new Text(column, new Style(decoration: Decoration.Bold))));
        foreach (var row in rows)
            table.AddRow(new IRenderable[]
            {
                new Text(row.Entry.Model.Name),
                new Rows(new Text(row.Entry.Law.Statement), new Text(row.Entry.Law.Source, new Style(decoration: Decoration.Dim))),
                new Text(row.Regime),
                new Text(row.LowerBoundText),
                new Text(row.TightnessText),
                new Text(row.DisagreementText),
            });
        console.Write(table);
    }
}

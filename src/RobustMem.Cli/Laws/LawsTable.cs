using Spectre.Console;
using Spectre.Console.Rendering;

namespace RobustMem.Cli.Laws;

/// <summary>The rows as a Spectre.Console table, one row per (model class, law).</summary>
internal static class LawsTable
{
    /// <summary>The table at the terminal's width; in a file or a pipe at <c>COLUMNS</c> when set, else <see cref="TableConsole.RedirectedWidth"/>.</summary>
    public static void Write(IReadOnlyList<LawRow> rows, TextWriter stdout) => Write(rows, stdout, TableConsole.WidthFor(stdout));

    /// <param name="width">Columns to fit; null asks the terminal (Spectre.Console reads its width and wraps the cells to it).</param>
    internal static void Write(IReadOnlyList<LawRow> rows, TextWriter stdout, int? width)
    {
        var console = TableConsole.Create(stdout, width);
        if (console.Profile.Width < WideFrom) WriteStacked(rows, console);
        else WriteWide(rows, console);
    }

    /// <summary>Below this many columns six side by side leave about ten characters each and cut words ("disagreemen|t"):
    /// each (model class, law) is then a table of its own, one field a line.</summary>
    public const int WideFrom = 110;

    private static void WriteWide(IReadOnlyList<LawRow> rows, IAnsiConsole console)
    {
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

    private static void WriteStacked(IReadOnlyList<LawRow> rows, IAnsiConsole console)
    {
        foreach (var row in rows)
        {
            var table = new Table().Border(TableBorder.Rounded).Expand().HideHeaders()
                .Title(new TableTitle($"{row.Entry.Model.Name}: {row.Entry.Law.Name}", new Style(decoration: Decoration.Bold)));
            table.AddColumn(new TableColumn("field").NoWrap());
            table.AddColumn(new TableColumn("value"));
            foreach (var (field, value) in new (string, IRenderable)[]
            {
                ("law", new Rows(new Text(row.Entry.Law.Statement), new Text(row.Entry.Law.Source, new Style(decoration: Decoration.Dim)))),
                ("regime", new Text(row.Regime)),
                ("lower bound", new Text(row.LowerBoundText)),
                ("tightness", new Text(row.TightnessText)),
                ("disagreement", new Text(row.DisagreementText)),
            })
                table.AddRow(new Text(field, new Style(decoration: Decoration.Bold)), value);
            console.Write(table);
        }
    }
}

using Spectre.Console;
using Spectre.Console.Rendering;

namespace RobustMem.Cli.Laws;

/// <summary>The rows as a Spectre.Console table, one row per (model class, law).</summary>
internal static class LawsTable
{
    /// <summary>Columns of a table written to a file or a pipe without <c>COLUMNS</c>: wide enough for six columns, narrow enough to read.</summary>
    public const int RedirectedWidth = 120;

    /// <summary>The table at the terminal's width; in a file or a pipe at <c>COLUMNS</c> when set, else <see cref="RedirectedWidth"/>.</summary>
    public static void Write(IReadOnlyList<LawRow> rows, TextWriter stdout) =>
        Write(rows, stdout, Terminal(stdout) ? null : Columns(Environment.GetEnvironmentVariable("COLUMNS")));

    /// <summary>The width <c>COLUMNS</c> asks for, if it is a width (20 to 1000), else <see cref="RedirectedWidth"/>.</summary>
    internal static int Columns(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int width) && width is >= 20 and <= 1000 ? width : RedirectedWidth;

    private static bool Terminal(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;

    /// <param name="width">Columns to fit; null asks the terminal (Spectre.Console reads its width and wraps the cells to it).</param>
    internal static void Write(IReadOnlyList<LawRow> rows, TextWriter stdout, int? width)
    {
        bool terminal = width is null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (width is { } columns) console.Profile.Width = columns;
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

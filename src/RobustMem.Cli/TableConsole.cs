using Spectre.Console;

namespace RobustMem.Cli;

/// <summary>
/// The console a command's <c>--format table</c> is written to: the terminal's width and colours when stdout is one; in a
/// file or a pipe, plain text at <c>COLUMNS</c> when set, else <see cref="RedirectedWidth"/>.
/// </summary>
internal static class TableConsole
{
    /// <summary>Columns of a table written to a file or a pipe without <c>COLUMNS</c>: wide enough for six columns, narrow enough to read.</summary>
    public const int RedirectedWidth = 120;

    /// <summary>The width to fit on <paramref name="stdout"/>: null for a terminal (Spectre.Console asks it), else <see cref="Columns"/>.</summary>
    public static int? WidthFor(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected ? null : Columns(Environment.GetEnvironmentVariable("COLUMNS"));

    /// <summary>The width <c>COLUMNS</c> asks for, if it is a width (20 to 1000), else <see cref="RedirectedWidth"/>.</summary>
    public static int Columns(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int width) && width is >= 20 and <= 1000 ? width : RedirectedWidth;

    /// <param name="width">Columns to fit; null is a terminal: Spectre.Console reads its width, and colours are on.</param>
    public static IAnsiConsole Create(TextWriter stdout, int? width)
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
        return console;
    }
}

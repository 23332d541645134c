namespace RobustMem.Cli.Figures;

/// <summary>A figure's title broken into lines that fit: ScottPlot centres the title over the data area, not the canvas,
/// so a line much wider than that area starts at a negative x and is clipped (a -real figure's title names its file).</summary>
internal static class FigureTitle
{
    /// <summary>The longest line, in characters: at the figures' 1800 px and scale 2 about 90 fit over the data area; 70 leaves room.</summary>
    public const int MaxLine = 70;

    public static string Wrap(string title) => string.Join('\n', title.Split('\n').SelectMany(Lines));

    // Breaks before a parenthesis where one lies in the second half of the line, else at the last space.
    private static IEnumerable<string> Lines(string line)
    {
        while (line.Length > MaxLine)
        {
            int cut = line.LastIndexOf(" (", MaxLine, StringComparison.Ordinal);
            if (cut < MaxLine / 2) cut = line.LastIndexOf(' ', MaxLine);
            if (cut <= 0) break;
            yield return line[..cut];
            line = line[(cut + 1)..];
        }
        yield return line;
    }
}

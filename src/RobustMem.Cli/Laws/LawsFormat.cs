namespace RobustMem.Cli.Laws;

/// <summary>
/// The <c>--format</c> names of <c>robustmem laws</c>, each with its writer: a table for people, markdown for a README or
/// a CI summary, JSON and CSV for scripts. An unknown name is refused with the list.
/// </summary>
internal static class LawsFormat
{
    private static readonly Dictionary<string, Action<IReadOnlyList<LawRow>, LawsRun, TextWriter>> Writers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["table"] = (rows, _, stdout) => LawsTable.Write(rows, stdout),
        ["json"] = LawsJson.Write,
        ["csv"] = (rows, _, stdout) => LawsCsv.Write(rows, stdout),
        ["markdown"] = (rows, _, stdout) => LawsMarkdown.Write(rows, stdout),
    };

    public static string Names => string.Join("|", Writers.Keys);

    /// <summary>The writer of that format.</summary>
    public static Action<IReadOnlyList<LawRow>, LawsRun, TextWriter> Parse(string name) =>
        Writers.TryGetValue(name, out var write) ? write
            : throw new ArgumentException($"unknown --format '{name}'; expected one of {string.Join(", ", Writers.Keys)}.");
}

using System.Globalization;
using System.Reflection;

namespace RobustMem.Cli.Figures;

/// <summary>
/// The summary's sentence on how often the bound rule gives a false verdict, rendered from the data file the
/// measurement wrote (docs/results/data/reproduce-false-verdicts.csv, embedded at build time), never typed in.
/// </summary>
internal static class FalseVerdictRate
{
    /// <summary>Where the numbers come from, as the repository names it.</summary>
    public const string Source = "docs/results/data/reproduce-false-verdicts.csv";

    /// <summary>One sentence: false and undetermined bound rows and runs on unused seeds, each with its 95% upper bound.</summary>
    public static string Sentence() => Sentence(Read());

    /// <summary>The sentence for a file's text; a file without its totals says that the rate was not measured.</summary>
    public static string Sentence(string? csv)
    {
        var lines = (csv ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[]? rows = lines.FirstOrDefault(l => l.StartsWith("all,rows,", StringComparison.Ordinal))?.Split(',');
        string[]? runs = lines.FirstOrDefault(l => l.StartsWith("all,runs,", StringComparison.Ordinal))?.Split(',');
        string? seeds = lines.FirstOrDefault(l => l.StartsWith("# replicate", StringComparison.Ordinal));
        // "# replicate r: … with seeds 1200 + 40r onwards; …": the first seed the measurement drew.
        string first = seeds?.Split(" with seeds ").ElementAtOrDefault(1)?.Split(' ')[0] ?? "?";
        string date = lines.FirstOrDefault(l => l.StartsWith("# date:", StringComparison.Ordinal))?["# date:".Length..].Split(';')[0].Trim() ?? "";
        if (rows is not { Length: 10 } || runs is not { Length: 10 }) return $"False-verdict rate: not measured ({Source} has no totals).";
        return Inv($"False verdicts on seeds the default does not use (a decided result other than the paper's, or Bombari et al.'s for claim III in k): ") +
               Inv($"{rows[6]} of {rows[3]} bound rows (95 % upper bound {Percent(rows[7])}), in {runs[6]} of {runs[3]} runs ({Percent(runs[7])}); ") +
               Inv($"undetermined: {rows[8]} of {rows[3]} rows ({Percent(rows[9])}), in {runs[8]} of {runs[3]} runs. ") +
               Inv($"{runs[3]} replicates of the default's bound figures, seeds from {first} (the default uses 0..39); {Source}, {date}.");
    }

    private static string Percent(string rate) => (double.Parse(rate, CultureInfo.InvariantCulture) * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string? Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("reproduce-false-verdicts.csv");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

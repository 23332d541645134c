namespace RobustMem.Cli.Parsing;

/// <summary>
/// The names a mistyped one was probably meant to be: within a few edits (insertions, deletions, substitutions and swaps
/// of two neighbours, as in "mesure" or "--modle"), or the start of exactly one name ("--test" for "--test-points").
/// </summary>
internal static class Spelling
{
    /// <summary>The nearest names to <paramref name="typed"/>, best first; empty when none is near enough to suggest.</summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> names)
    {
        var known = names.Distinct(StringComparer.Ordinal).ToList();
        string core = Core(typed).ToLowerInvariant();
        if (core.Length == 0) return [];
        var scored = known.Select(name => (Name: name, Distance: Distance(core, Core(name).ToLowerInvariant()))).ToList();
        int best = scored.Count == 0 ? int.MaxValue : scored.Min(s => s.Distance);
        if (best <= Allowed(core.Length))
            return scored.Where(s => s.Distance == best).Select(s => s.Name).Take(3).ToList();
        // A unique prefix of three letters or more: the user stopped typing early.
        var prefixed = known.Where(name => core.Length >= 3 && Core(name).StartsWith(core, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefixed.Count == 1 ? prefixed : [];
    }

    // One edit in a short name, two in a longer one: "--d" against "--n" is a guess worth showing, "--xyzzy" against "--noise" is not.
    private static int Allowed(int length) => length <= 4 ? 1 : length <= 8 ? 2 : 3;

    // Dashes say only that it is an option: "-model" and "model" are as near "--model" as "--modle" is.
    private static string Core(string name) => name.TrimStart('-', '/');

    /// <summary>Optimal string alignment distance: Levenshtein's edits plus the swap of two adjacent characters.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}

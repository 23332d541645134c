using System.Text.RegularExpressions;

namespace RobustMem.Docs;

/// <summary>
/// Numbers that can only come from a run, found where no generated block put them. The rule is a practical one, aimed at
/// the copies that drifted apart (issue 22): a figure with ± (mean ± sd; not a band's "± 4.5 sd"), a count of cases k/N with N ≥ 100, a wall time
/// or a memory size (3.1 s, 24 min, 352 MB), a load average, a percentage with a decimal or "within/about x %", an
/// approximate measured value (≈ 0.93), a count of tests, claims or figures (267 unit tests). Fenced code, inline code
/// and HTML comments are not read; a line that carries <c>&lt;!-- not-a-run: why --&gt;</c> is allowed, with its reason in view.
/// Derived constants (THEORY.md §3's 0.733) and design values (a band's 4.5 sd, a guard's 1.5·10¹²) do not match.
/// </summary>
internal static class RunNumbers
{
    private static readonly (string Kind, Regex Pattern)[] Rules =
    [
        ("a figure with ±", new(@"(?:\d\s*±\s*\d|±\s*\d+\.\d)(?![\d.]*\s*(?:sd|standard))", RegexOptions.Compiled)),
        ("a count of cases", new(@"(?<![\w./-])\d+/\d{3,}(?![\w./])", RegexOptions.Compiled)),
        ("a time or a size", new(@"(?<![\w.])\d+(?:\.\d+)?\s?(?:ms|s|min|h|MB|GB|kB)(?![\w²³])", RegexOptions.Compiled)),
        ("a load average", new(@"\bload(?: average)?(?: of)?(?: about)?\s+\d", RegexOptions.Compiled | RegexOptions.IgnoreCase)),
        ("a measured percentage", new(@"\d+\.\d+\s?%|\b(?:within|about|by)\s+\d+(?:[–-]\d+)?\s?%", RegexOptions.Compiled)),
        ("an approximate measured value", new(@"≈\s*[−-]?\d+\.\d", RegexOptions.Compiled)),
        ("a count of tests, claims or figures", new(@"\b\d+\s+(?:unit\s+)?(?:tests|test methods|claims|property files|figures|regimes tried)\b", RegexOptions.Compiled)),
    ];

    private const string Allow = "<!-- not-a-run:";

    /// <summary>Each run's number of <paramref name="text"/> outside its generated blocks: line, kind and the text matched.</summary>
    public static IEnumerable<(int Line, string Kind, string Text)> Outside(string text, IReadOnlyList<GeneratedBlock> blocks)
    {
        var masked = text.ToCharArray();
        void Blank(int start, int length)
        {
            for (int i = start; i < start + length && i < masked.Length; i++) if (masked[i] != '\n') masked[i] = ' ';
        }
        foreach (var b in blocks) Blank(b.ContentStart, b.ContentLength);
        foreach (Match m in GeneratedBlock.Fence.Matches(text)) Blank(m.Index, m.Length);
        foreach (Match m in Regex.Matches(text, @"(?s)<!--(?! not-a-run).*?-->")) Blank(m.Index, m.Length);
        foreach (Match m in Regex.Matches(new string(masked), @"`[^`\n]+`")) Blank(m.Index, m.Length);
        var lines = new string(masked).Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            if (lines[n].Contains(Allow, StringComparison.Ordinal)) continue;
            foreach (var (kind, pattern) in Rules)
                foreach (Match m in pattern.Matches(lines[n]))
                    yield return (n + 1, kind, m.Value.Trim());
        }
    }
}

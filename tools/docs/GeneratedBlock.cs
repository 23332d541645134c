using System.Text.RegularExpressions;

namespace RobustMem.Docs;

/// <summary>
/// One generated block of a document: the text between <c>&lt;!-- generated:NAME source=PATH key=value … --&gt;</c> and
/// <c>&lt;!-- /generated --&gt;</c>. The opening marker names the block, its source (a path from the checkout's root) and
/// the options of its renderer; the tool owns what lies between the markers.
/// </summary>
internal sealed record GeneratedBlock(string Name, string Source, IReadOnlyDictionary<string, string> Options, int Line,
    int ContentStart, int ContentLength)
{
    private static readonly Regex Open = new(@"<!-- generated:(?<name>[\w.-]+)(?<opts>(?:\s+[\w-]+=(?:""[^""]*""|\S+?))*)\s*-->",
        RegexOptions.Compiled);
    private static readonly Regex Option = new(@"(?<key>[\w-]+)=(?:""(?<value>[^""]*)""|(?<value>\S+))", RegexOptions.Compiled);
    private const string Close = "<!-- /generated -->";

    /// <summary>A fenced code block, from its opening fence line to its closing one.</summary>
    public static readonly Regex Fence = new(@"(?ms)^[ \t]*```.*?^[ \t]*```[^\n]*$", RegexOptions.Compiled);

    /// <summary>The option's value, or <paramref name="fallback"/>.</summary>
    public string OptionOr(string key, string fallback) => Options.TryGetValue(key, out var v) ? v : fallback;

    /// <summary>Every block of <paramref name="text"/>; a marker without its end, or a block without a source, throws.</summary>
    public static IReadOnlyList<GeneratedBlock> Parse(string text, string document)
    {
        var blocks = new List<GeneratedBlock>();
        // A marker inside fenced code is an example of one (CONTRIBUTING shows how to write a block), not a block.
        var fences = Fence.Matches(text).Select(f => (f.Index, End: f.Index + f.Length)).ToList();
        foreach (Match m in Open.Matches(text))
        {
            if (fences.Any(f => m.Index >= f.Index && m.Index < f.End)) continue;
            int line = text.AsSpan(0, m.Index).Count('\n') + 1;
            var options = Option.Matches(m.Groups["opts"].Value).ToDictionary(o => o.Groups["key"].Value, o => o.Groups["value"].Value);
            if (!options.Remove("source", out var source))
                throw new FormatException($"{document}:{line}: generated block '{m.Groups["name"].Value}' has no source=PATH");
            int start = m.Index + m.Length;
            int end = text.IndexOf(Close, start, StringComparison.Ordinal);
            int nextOpen = Open.Matches(text[start..]).Select(n => start + n.Index).FirstOrDefault(i => !fences.Any(f => i >= f.Index && i < f.End), -1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end))
                throw new FormatException($"{document}:{line}: generated block '{m.Groups["name"].Value}' has no {Close} before the next block");
            blocks.Add(new GeneratedBlock(m.Groups["name"].Value, source, options, line, start, end - start));
        }
        return blocks;
    }
}

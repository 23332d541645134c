using System.Text;
using System.Text.Json;

namespace RobustMem.Docs;

/// <summary>
/// What a generated block holds, from its source alone. <c>render=table</c> (the default for .csv and .json) writes a
/// Markdown table of the source's rows and a line with the run's command, seeds and date; <c>render=code</c> (the default
/// for any other file) writes the file, or the lines between <c>&lt;doc:NAME&gt;</c> and <c>&lt;/doc:NAME&gt;</c> with
/// <c>region=NAME</c>, as a fenced block. The same source and options give the same bytes.
/// </summary>
internal static class BlockRenderer
{
    /// <summary>The block's content (between the markers, newlines included) for the document at <paramref name="document"/>.</summary>
    public static string Render(GeneratedBlock block, string root, string document)
    {
        string path = Path.Combine(root, block.Source);
        if (!File.Exists(path)) throw new FileNotFoundException($"source {block.Source} is missing", block.Source);
        string text = File.ReadAllText(path);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        string render = block.OptionOr("render", ext is ".csv" or ".json" ? "table" : "code");
        string body = render switch
        {
            "table" => Table(block, ext == ".json" ? ReadJson(text, block.Source) : SourceTable.Parse(text, block.Source), document),
            "code" => Code(block, text, ext),
            _ => throw new FormatException($"unknown render={render} (table or code)"),
        };
        return "\n" + body + "\n";
    }

    private static string Table(GeneratedBlock block, SourceTable table, string document)
    {
        var missing = SourceTable.RequiredProvenance.Where(k => string.IsNullOrWhiteSpace(table.Said(k))).ToList();
        if (missing.Count > 0)
            throw new FormatException($"source {block.Source} does not say its {string.Join(", ", missing)} (a '# key: value' line or a column)");
        var columns = block.Options.TryGetValue("columns", out var list)
            ? list.Split(',').Select(c => Column(table, c, block.Source)).ToList()
            : Enumerable.Range(0, table.Header.Count).Where(c => !SourceTable.RequiredProvenance.Contains(table.Header[c])).ToList();
        var rows = table.Rows.AsEnumerable();
        if (block.Options.TryGetValue("where", out var where))
            foreach (string clause in where.Split(';'))
            {
                int colon = clause.IndexOf(':');
                if (colon < 0) throw new FormatException($"where={where}: each clause is column:value");
                int c = Column(table, clause[..colon], block.Source);
                string value = clause[(colon + 1)..];
                rows = rows.Where(r => r[c] == value);
            }
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", columns.Select(c => Cell(table.Header[c]))).Append(" |\n");
        sb.Append('|').AppendJoin('|', columns.Select(_ => "---")).Append("|\n");
        foreach (var row in rows)
            sb.Append("| ").AppendJoin(" | ", columns.Select(c => Cell(row[c]))).Append(" |\n");
        string link = Path.GetRelativePath(Path.GetDirectoryName(document) is { Length: > 0 } folder ? folder : ".", block.Source).Replace('\\', '/');
        sb.Append($"\n<sub>Data: [`{block.Source}`]({link}) · command: `{table.Said("command")}` · seeds: {table.Said("seeds")} · date: {table.Said("date")}");
        foreach (var (key, value) in table.Provenance.Where(p => !SourceTable.RequiredProvenance.Contains(p.Key)))
            sb.Append($" · {key}: {value}");
        sb.Append("</sub>");
        return sb.ToString();
    }

    private static int Column(SourceTable table, string name, string source)
    {
        int c = table.Header.ToList().IndexOf(name.Trim());
        return c >= 0 ? c : throw new FormatException($"source {source} has no column '{name.Trim()}'; it has {string.Join(", ", table.Header)}");
    }

    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\n", " ");

    private static string Code(GeneratedBlock block, string text, string ext)
    {
        var lines = text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();
        if (block.Options.TryGetValue("region", out var region))
        {
            int start = lines.FindIndex(l => l.Contains($"<doc:{region}>", StringComparison.Ordinal));
            int end = lines.FindIndex(l => l.Contains($"</doc:{region}>", StringComparison.Ordinal));
            if (start < 0 || end <= start) throw new FormatException($"source {block.Source} has no region <doc:{region}> … </doc:{region}>");
            lines = lines.GetRange(start + 1, end - start - 1);
            int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
            lines = lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).ToList();
        }
        string lang = block.OptionOr("lang", ext switch { ".cs" => "csharp", ".sh" => "bash", ".py" => "python", ".json" => "json", _ => "text" });
        return $"```{lang}\n{string.Join('\n', lines)}\n```";
    }

    /// <summary>A JSON source: an object with string provenance members (command, seeds, date, …) and <c>rows</c>, an array of flat objects.</summary>
    private static SourceTable ReadJson(string text, string source)
    {
        using var doc = JsonDocument.Parse(text);
        var rootElement = doc.RootElement;
        if (!rootElement.TryGetProperty("rows", out var rows) || rows.ValueKind != JsonValueKind.Array)
            throw new FormatException($"source {source}: a JSON source is an object with a 'rows' array");
        var provenance = rootElement.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(p => new KeyValuePair<string, string>(p.Name.ToLowerInvariant(), p.Value.ToString())).ToList();
        var header = rows.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
        var table = rows.EnumerateArray().Select(r => (IReadOnlyList<string>)header
            .Select(h => r.TryGetProperty(h, out var v) ? (v.ValueKind == JsonValueKind.Null ? "" : v.ToString()) : "").ToList()).ToList();
        return new SourceTable(header, table, provenance);
    }
}

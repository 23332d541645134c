using System.Text;

namespace RobustMem.Docs;

/// <summary>
/// A committed data file read as a table: CSV rows under a header, and the run's provenance. Provenance is the leading
/// <c># key: value</c> lines (<c># command: …</c>, <c># seeds: …</c>, <c># date: …</c>, and any others, e.g. machine or
/// load), or, for a file written without them, columns named command, seeds and date, whose distinct values are joined.
/// </summary>
internal sealed record SourceTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<KeyValuePair<string, string>> Provenance)
{
    /// <summary>What every run's data file must say about how it was made.</summary>
    public static readonly string[] RequiredProvenance = ["command", "seeds", "date"];

    /// <summary>The provenance value for <paramref name="key"/>, or null.</summary>
    public string? Said(string key) => Provenance.FirstOrDefault(p => p.Key == key).Value;

    public static SourceTable Parse(string text, string path)
    {
        var provenance = new List<KeyValuePair<string, string>>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        int i = 0;
        for (; i < lines.Length && lines[i].StartsWith('#'); i++)
        {
            string body = lines[i].TrimStart('#').Trim();
            int colon = body.IndexOf(':');
            if (colon > 0) provenance.Add(new(body[..colon].Trim().ToLowerInvariant(), body[(colon + 1)..].Trim()));
        }
        var records = ReadCsv(string.Join('\n', lines.Skip(i)), path);
        if (records.Count == 0) throw new FormatException($"{path}: no header row");
        var header = records[0];
        var rows = records.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        foreach (var (row, n) in rows.Select((r, n) => (r, n)))
            if (row.Count != header.Count)
                throw new FormatException($"{path}: row {n + 1} has {row.Count} fields, the header {header.Count}");
        foreach (string key in RequiredProvenance)
        {
            int column = header.ToList().IndexOf(key);
            if (column >= 0 && provenance.All(p => p.Key != key))
                provenance.Add(new(key, string.Join("; ", rows.Select(r => r[column]).Distinct())));
        }
        return new SourceTable(header, rows, provenance);
    }

    /// <summary>RFC 4180: fields separated by commas, quoted with "" when they hold a comma, a quote or a newline.</summary>
    private static List<IReadOnlyList<string>> ReadCsv(string text, string path)
    {
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); any = true; break;
                case '\n': record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; any = false; break;
                default: field.Append(c); any = true; break;
            }
        }
        if (quoted) throw new FormatException($"{path}: a quoted field is not closed");
        if (any || field.Length > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}

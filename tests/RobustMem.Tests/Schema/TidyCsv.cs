using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RobustMem.Tests.Schema;

/// <summary>A plain RFC 4180 reader, written apart from the writer's code, and the checks that make a CSV tidy: one row per fit, one column per variable.</summary>
internal static partial class TidyCsv
{
    /// <summary>The variables every figure's CSV has a column for (issue 20), with <c>measure</c>'s JSON names.</summary>
    public static readonly string[] Variables = ["model", "activation", "law", "d", "k", "n", "noise", "ridge", "weights_sd", "seed", "repeat"];

    /// <summary>The records of an RFC 4180 text: quoted cells may hold commas, doubled quotes and line breaks; CRLF or LF ends a record.</summary>
    public static List<string[]> Read(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            any = true;
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case ',': record.Add(cell.ToString()); cell.Clear(); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n':
                    record.Add(cell.ToString()); cell.Clear();
                    records.Add(record.ToArray()); record.Clear();
                    any = false;
                    break;
                default: cell.Append(c); break;
            }
        }
        if (quoted) throw new FormatException("a quoted cell is not closed");
        if (any) { record.Add(cell.ToString()); records.Add(record.ToArray()); }
        return records;
    }

    /// <summary>What keeps the CSV from being tidy; empty when it is.</summary>
    /// <param name="text">The CSV.</param>
    /// <param name="measured">Columns that must hold a number (or be empty) in every row.</param>
    public static IReadOnlyList<string> Problems(string text, IReadOnlyCollection<string> measured)
    {
        var problems = new List<string>();
        var records = Read(text);
        var header = records[0];
        foreach (var name in header.Where(h => !Identifier().IsMatch(h))) problems.Add($"column '{name}' is not an identifier");
        foreach (var name in header.GroupBy(h => h).Where(g => g.Count() > 1)) problems.Add($"column '{name.Key}' appears twice");
        foreach (var name in Variables.Concat(measured).Where(v => !header.Contains(v))) problems.Add($"no column '{name}'");
        if (problems.Count > 0) return problems;
        var rows = records.Skip(1).ToArray();
        for (int r = 0; r < rows.Length; r++)
            if (rows[r].Length != header.Length) problems.Add($"row {r + 2} has {rows[r].Length} cells, the header {header.Length}");
        if (problems.Count > 0) return problems;
        // One column per variable: every number column holds numbers (or nothing), and no text cell packs several variables.
        foreach (var name in new[] { "d", "n", "noise", "ridge", "weights_sd", "seed", "repeat", "k" }.Concat(measured))
        {
            int c = Array.IndexOf(header, name);
            foreach (var row in rows.Where(row => row[c] != "" && !double.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                problems.Add($"'{name}' holds '{row[c]}', not a number");
        }
        foreach (var name in new[] { "model", "activation" })
        {
            int c = Array.IndexOf(header, name);
            foreach (var row in rows.Where(row => Packed().IsMatch(row[c]))) problems.Add($"'{name}' holds '{row[c]}', several variables in one cell");
        }
        // One row per fit: no two rows are the same fit.
        int[] key = Variables.Select(v => Array.IndexOf(header, v)).ToArray();
        foreach (var twice in rows.GroupBy(row => string.Join('|', key.Select(c => row[c]))).Where(g => g.Count() > 1))
            problems.Add($"{twice.Count()} rows for the fit {twice.Key}");
        return problems;
    }

    // An identifier in Python, R and C#: a data frame reaches it as df.name.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    // "rf-relu-d20-k400", "…-noise0.25": a model or activation cell that carries a size or a level.
    [GeneratedRegex(@"-(d|k|noise|ridge)[0-9]")]
    private static partial Regex Packed();
}

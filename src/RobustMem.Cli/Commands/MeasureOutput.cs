using System.Text.Json;
using RobustMem.Cli.Laws;
using RobustMem.Schema;
using Spectre.Console;

namespace RobustMem.Cli.Commands;

/// <summary>
/// <c>measure --format</c>: each run's JSON object (<see cref="MeasurementJson"/>, the fields and their order) written as
/// json (one object a line: the default, the golden format), csv (RFC 4180: the JSON's keys as the header, then a row a
/// run), markdown (the same as a GitHub table) or table (a field a row and a run a column, which fits a terminal).
/// </summary>
/// <remarks>Every format is a spelling of the same objects, so a field added to the JSON is in all of them; null is an
/// empty cell. json, csv and markdown write each run as it ends; the table waits for the last.</remarks>
internal abstract class MeasureOutput
{
    private static readonly Dictionary<string, Func<TextWriter, MeasureOutput>> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["table"] = stdout => new Table(stdout),
        ["json"] = stdout => new Json(stdout),
        ["csv"] = stdout => new Delimited(stdout, ",", "", CsvText.Text),
        ["markdown"] = stdout => new Delimited(stdout, " | ", "|---", text => text.Replace("|", "\\|", StringComparison.Ordinal)),
    };

    public static string Names => string.Join("|", Formats.Keys);

    public static MeasureOutput Create(string name, TextWriter stdout) =>
        Formats.TryGetValue(name, out var create) ? create(stdout)
            : throw new ArgumentException($"unknown --format '{name}'; expected one of {string.Join(", ", Formats.Keys)}.");

    /// <summary>One run, as <see cref="MeasurementJson.Format"/> wrote it.</summary>
    public abstract void Add(string json);

    /// <summary>After the last run.</summary>
    public virtual void End() { }

    /// <summary>The object's fields in order, each as text: a string as is, a number as the JSON spells it, null empty.</summary>
    protected static List<(string Key, string Value)> Fields(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString()!,
            JsonValueKind.Null => "",
            _ => p.Value.GetRawText(),
        })).ToList();
    }

    private sealed class Json(TextWriter stdout) : MeasureOutput
    {
        public override void Add(string json) => stdout.WriteLine(json);
    }

    // csv: "a,b"; markdown: "| a | b |" under a "|---|---|" rule.
    private sealed class Delimited(TextWriter stdout, string separator, string rule, Func<string, string> cell) : MeasureOutput
    {
        private bool _header;
        private readonly bool _markdown = separator != ",";

        public override void Add(string json)
        {
            var fields = Fields(json);
            if (!_header)
            {
                Line(fields.Select(f => f.Key));
                if (_markdown) stdout.WriteLine(string.Concat(fields.Select(_ => rule)) + "|");
                _header = true;
            }
            Line(fields.Select(f => f.Value));
        }

        private void Line(IEnumerable<string> cells)
        {
            string line = string.Join(separator, cells.Select(cell));
            stdout.WriteLine(_markdown ? $"| {line} |" : line);
        }
    }

    private sealed class Table(TextWriter stdout) : MeasureOutput
    {
        private readonly List<List<(string Key, string Value)>> _runs = [];

        public override void Add(string json) => _runs.Add(Fields(json));

        public override void End()
        {
            var console = TableConsole.Create(stdout, TableConsole.WidthFor(stdout));
            var table = new Spectre.Console.Table().Border(TableBorder.Rounded);
            table.AddColumn(new TableColumn(new Text("field", new Style(decoration: Decoration.Bold))).NoWrap());
            foreach (var run in _runs)
                table.AddColumn(new TableColumn(new Text($"seed {Of(run, "seed")} repeat {Of(run, "repeat")}", new Style(decoration: Decoration.Bold))));
            for (int i = 0; i < _runs[0].Count; i++)
                table.AddRow([Markup.Escape(_runs[0][i].Key), .. _runs.Select(r => Markup.Escape(r[i].Value))]);
            console.Write(table);
        }

        private static string Of(List<(string Key, string Value)> run, string key) => run.Single(f => f.Key == key).Value;
    }
}

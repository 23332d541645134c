using System.Globalization;
using System.Text.Json;

namespace RobustMem.Tests.Cli;

/// <summary><c>measure --format</c>: csv, markdown and table spell the same objects the JSON lines hold, field for field.</summary>
public sealed class MeasureFormatTests
{
    private static readonly string[] Tiny = ["measure", "--d", "5", "--k", "10", "--n", "10", "--test-points", "20", "--seeds", "2", "--model", "rf"];

    // Run once for the class: the JSON lines every other format is compared with.
    private static readonly Lazy<List<JsonElement>> Json = new(JsonRuns);

    private static List<JsonElement> JsonRuns()
    {
        var run = InProcessCli.Run(Tiny);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(run.Stdout, InProcessCli.Run([.. Tiny, "--format", "json"]).Stdout);   // json is the default, byte for byte
        return run.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    [Fact]
    public void Csv_HasTheJsonKeysAsHeader_AndARowPerRun_WithTheSameValues()
    {
        var json = Json.Value;
        var run = InProcessCli.Run([.. Tiny, "--format", "csv"]);
        var records = CsvRecords.Parse(run.Stdout);
        Assert.Equal(json[0].EnumerateObject().Select(p => p.Name), records[0]);
        Assert.Equal(1 + json.Count, records.Count);
        foreach (var (object_, record) in json.Zip(records.Skip(1)))
            foreach (var (property, cell) in object_.EnumerateObject().Zip(record))
                Assert.True(Same(property.Value, cell), $"{property.Name}: JSON {property.Value.GetRawText()}, CSV '{cell}'");
    }

    [Fact]
    public void Markdown_AndTable_ShowEveryField()
    {
        var keys = Json.Value[0].EnumerateObject().Select(p => p.Name).ToList();
        var markdown = InProcessCli.Run([.. Tiny, "--format", "markdown"]).Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(3 + 1, markdown.Length);   // header, rule, two runs
        Assert.Equal($"| {string.Join(" | ", keys)} |", markdown[0]);
        var table = InProcessCli.Run([.. Tiny, "--format", "table"]).Stdout;
        Assert.Contains("seed 0 repeat 0", table);
        Assert.Contains("seed 1 repeat 0", table);
        Assert.All(keys, k => Assert.Contains($"│ {k} ", table));
    }

    [Fact]
    public void UnknownFormat_IsRefused_BeforeAnyFit()
    {
        var run = InProcessCli.Run([.. Tiny, "--format", "xml"]);
        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal("robustmem: unknown --format 'xml'; expected one of table, json, csv, markdown.", Assert.Single(run.StderrLines));
    }

    private static bool Same(JsonElement value, string cell) => value.ValueKind switch
    {
        JsonValueKind.Null => cell == "",
        JsonValueKind.String => cell == value.GetString(),
        JsonValueKind.Number => double.Parse(cell, CultureInfo.InvariantCulture) == value.GetDouble(),
        _ => cell == value.GetRawText(),
    };
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace RobustMem.Cli.Laws;

/// <summary>
/// The rows as one JSON object: the run, then per (model class, law) the three results with their figures, the check's
/// conditions, or why it does not apply. Every row has the same keys (null where a law does not apply), and a figure is
/// an object of the same keys too: its identifier (<c>ratio_at_4n</c>), the table's label (<c>S/√n at 4n</c>) and its value.
/// </summary>
internal static class LawsJson
{
    public static void Write(IReadOnlyList<LawRow> rows, LawsRun run, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps √ and ≥ readable; the output is data for scripts, not HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("seed", run.Seed);
            json.WriteString("backend", run.Backend);
            json.WriteStartArray("laws");
            foreach (var row in rows) WriteRow(json, row);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteRow(Utf8JsonWriter json, LawRow row)
    {
        var verdict = row.Verdict;
        json.WriteStartObject();
        json.WriteString("model", row.Entry.Model.Name);
        json.WriteString("law", row.Entry.Law.Name);
        json.WriteString("statement", row.Entry.Law.Statement);
        json.WriteString("source", row.Entry.Law.Source);
        json.WriteBoolean("applicable", row.Applicable);
        StringOrNull(json, "why_not", verdict is null ? row.Regime : null);
        StringOrNull(json, "claim", verdict?.Claim.Id);
        StringOrNull(json, "regime", verdict is null ? null : row.Regime);
        StringOrNull(json, "why_this_regime", (row.Entry as RobustMem.Laws.LawRegime)?.Why);
        Result(json, "lower_bound", row.LowerBoundWord, row.LowerBoundFigures);
        Result(json, "tightness", row.TightnessWord, row.TightnessFigures);
        if (verdict?.Disagreement is { } d)
        {
            json.WriteStartObject("disagreement");
            json.WriteString("paper", d.Statement);
            json.WriteString("measured", d.Measured);
            json.WriteString("explained_by", d.Source);
            json.WriteEndObject();
        }
        else json.WriteNull("disagreement");
        if (verdict is null) json.WriteNull("passed"); else json.WriteBoolean("passed", verdict.Passed);
        json.WriteStartArray("conditions");
        foreach (string condition in verdict?.Conditions ?? []) json.WriteStringValue(condition);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }

    private static void Result(Utf8JsonWriter json, string name, string word, IReadOnlyList<(string Id, string Label, double Value)> figures)
    {
        json.WriteStartObject(name);
        json.WriteString("result", word);
        json.WriteStartArray("figures");
        foreach (var (id, label, value) in figures)
        {
            json.WriteStartObject();
            json.WriteString("name", id);
            json.WriteString("label", label);
            if (double.IsFinite(value)) json.WriteNumber("value", value);
            else json.WriteNull("value");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

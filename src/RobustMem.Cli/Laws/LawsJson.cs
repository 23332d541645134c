using System.Text.Encodings.Web;
using System.Text.Json;

namespace RobustMem.Cli.Laws;

/// <summary>The rows as one JSON object: the run, then per (model class, law) the three results with their figures, the check's conditions, or why it does not apply.</summary>
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
        json.WriteStartObject();
        json.WriteString("model", row.Entry.Model.Name);
        json.WriteString("law", row.Entry.Law.Name);
        json.WriteString("statement", row.Entry.Law.Statement);
        json.WriteString("source", row.Entry.Law.Source);
        json.WriteBoolean("applicable", row.Applicable);
        if (row.Verdict is not { } verdict)
        {
            json.WriteString("why_not", row.Regime);
            json.WriteEndObject();
            return;
        }
        json.WriteString("claim", verdict.Claim.Id);
        json.WriteString("regime", row.Regime);
        if (row.Entry is RobustMem.Laws.LawRegime entry) json.WriteString("why_this_regime", entry.Why);
        Result(json, "lower_bound", row.LowerBoundWord, row.LowerBoundFigures);
        Result(json, "tightness", row.TightnessWord, row.TightnessFigures);
        if (verdict.Disagreement is { } d)
        {
            json.WriteStartObject("disagreement");
            json.WriteString("paper", d.Statement);
            json.WriteString("measured", d.Measured);
            json.WriteString("explained_by", d.Source);
            json.WriteEndObject();
        }
        else json.WriteNull("disagreement");
        json.WriteBoolean("passed", verdict.Passed);
        json.WriteStartArray("conditions");
        foreach (string condition in verdict.Conditions) json.WriteStringValue(condition);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, string name, string word, IReadOnlyList<(string Label, double Value)> figures)
    {
        json.WriteStartObject(name);
        json.WriteString("result", word);
        // The figures' labels are prose ("S/√(n/k) at 4n"), other in every row: values, not keys, so that every key is an
        // identifier and the same in every row (issue 20).
        json.WriteStartArray("figures");
        foreach (var (label, value) in figures)
        {
            json.WriteStartObject();
            json.WriteString("figure", label);
            if (double.IsFinite(value)) json.WriteNumber("value", value);
            else json.WriteNull("value");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

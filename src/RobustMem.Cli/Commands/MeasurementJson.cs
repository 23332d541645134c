using System.Text;
using System.Text.Json;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.Schema;

namespace RobustMem.Cli.Commands;

/// <summary>One JSON object per measurement, one line each; NaN (ill-posed) becomes null.</summary>
/// <remarks>The regime and run fields are written here; the measured figures come from <see cref="MeasurementSchema"/>.</remarks>
internal static class MeasurementJson
{
    // The regime and run fields, which the JSON writes itself: everything else is a column of the schema.
    private static readonly Dictionary<string, Action<Utf8JsonWriter, string, Measurement>> Descriptors = new()
    {
        ["model"] = (w, key, m) => w.WriteString(key, m.Regime.Model.Name),
        ["activation"] = (w, key, m) => w.WriteString(key, m.Regime.Sigma.Name),
        ["law"] = (w, key, m) => w.WriteString(key, m.Regime.Law.Name),
        ["d"] = (w, key, m) => w.WriteNumber(key, m.Regime.D),
        // A kernel has no width: null rather than the unused K of its regime.
        ["k"] = (w, key, m) => { if (m.Regime.Model.HasWidth) w.WriteNumber(key, m.Regime.K); else w.WriteNull(key); },
        ["n"] = (w, key, m) => w.WriteNumber(key, m.Regime.N),
        ["noise"] = (w, key, m) => w.WriteNumber(key, m.Regime.Noise),
        ["ridge"] = (w, key, m) => w.WriteNumber(key, m.Regime.Ridge),
        ["seed"] = (w, key, m) => w.WriteNumber(key, m.Regime.Seed),
        ["repeat"] = (w, key, m) => w.WriteNumber(key, m.Repeat),
        ["features"] = (w, key, m) => w.WriteNumber(key, m.Regime.FeatureDimension),
        ["interpolates"] = (w, key, m) => w.WriteBoolean(key, m.Interpolates),
        ["test_points"] = (w, key, m) => w.WriteNumber(key, m.Regime.TestPoints),
        ["backend"] = (w, key, m) => w.WriteString(key, m.Backend),
        // The scale used: a regime's null is the paper's 1/√d, which the line states rather than leaving the reader to know.
        ["weights_sd"] = (w, key, m) => w.WriteNumber(key, m.Regime.WeightsSd ?? WeightSampler.DefaultSd(m.Regime.D)),
        ["target"] = (w, key, m) => w.WriteString(key, LabelTargets.Name(m.Regime.Target)),
    };

    private static readonly IReadOnlyList<(string Key, MeasuredColumn? Column)> Layout = MeasurementSchema.Layout(
        ["model", "activation", "law", "d", "k", "n", "noise", "ridge", "seed", "repeat", "sobolev", "sobolev_stderr", "sobolev_exact", "bound",
            "ratio", "train_error", "test_error", "rank", "features", "interpolates", "ill_posed", "test_points", "backend", "weights_sd", "target"],
        c => c.Json, Descriptors.Keys.ToHashSet());

    /// <summary>The key of the sensitivity in the paper's unit, written on a file's law only.</summary>
    public const string PaperSensitivity = "sensitivity_paper";

    public static string Format(Measurement m)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            foreach (var (key, column) in Layout)
                if (column is null) Descriptors[key](w, key, m);
                else Value(w, key, column, m);
            // A file's law only (issue 21): the sensitivity at x₀ in the sharper laws' unit, √d·‖∇_z f(z₀)‖ = √d·c·S
            // (THEORY.md §5.3), beside the harness's. Every other law's output keeps the bytes its goldens pinned.
            if (m.Regime.Law is Data.Files.FileLaw file)
            {
                if (m.Sensitivity is double s && double.IsFinite(s)) w.WriteNumber(PaperSensitivity, file.PaperUnit * s);
                else w.WriteNull(PaperSensitivity);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Value(Utf8JsonWriter w, string name, MeasuredColumn column, Measurement m)
    {
        double? value = column.Get(m);
        switch (column.Kind)
        {
            case ColumnKind.Integer: w.WriteNumber(name, (int)value!.Value); break;
            case ColumnKind.Number or ColumnKind.OptionalNumber:
                if (value is double v && double.IsFinite(v)) w.WriteNumber(name, v); else w.WriteNull(name);
                break;
            case ColumnKind.Flag: w.WriteBoolean(name, value == 1); break;
            default: throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "no JSON spelling for this kind of column");
        }
    }
}

using System.Text;
using System.Text.Json;
using RobustMem.Experiments;
using RobustMem.Schema;

namespace RobustMem.Cli.Commands;

/// <summary>One JSON object per measurement, one line each; NaN (ill-posed) becomes null.</summary>
/// <remarks>The regime and run fields are written here; the measured figures come from <see cref="MeasurementSchema"/>.</remarks>
internal static class MeasurementJson
{
    private static readonly IReadOnlyList<(string Key, MeasuredColumn? Column)> Layout = MeasurementSchema.Layout(
        ["model", "activation", "law", "d", "k", "n", "noise", "ridge", "seed", "repeat", "sobolev", "sobolev_stderr", "sobolev_exact", "bound",
            "ratio", "train_error", "test_error", "rank", "features", "interpolates", "ill_posed", "test_points", "backend"],
        c => c.Json,
        new HashSet<string> { "model", "activation", "law", "d", "k", "n", "noise", "ridge", "seed", "repeat", "features", "interpolates", "test_points", "backend" });

    public static string Format(Measurement m)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            foreach (var (key, column) in Layout)
                if (column is null) Descriptor(w, key, m);
                else Value(w, key, column, m);
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

    private static void Descriptor(Utf8JsonWriter w, string key, Measurement m)
    {
        var r = m.Regime;
        switch (key)
        {
            case "model": w.WriteString(key, r.Model.Name()); break;
            case "activation": w.WriteString(key, r.Sigma.Name); break;
            case "law": w.WriteString(key, r.Law.ToString().ToLowerInvariant()); break;
            case "d": w.WriteNumber(key, r.D); break;
            case "k": if (r.Model.IsKernel()) w.WriteNull(key); else w.WriteNumber(key, r.K); break;
            case "n": w.WriteNumber(key, r.N); break;
            case "noise": w.WriteNumber(key, r.Noise); break;
            case "ridge": w.WriteNumber(key, r.Ridge); break;
            case "seed": w.WriteNumber(key, r.Seed); break;
            case "repeat": w.WriteNumber(key, m.Repeat); break;
            case "features": w.WriteNumber(key, r.FeatureDimension); break;
            case "interpolates": w.WriteBoolean(key, m.Interpolates); break;
            case "test_points": w.WriteNumber(key, r.TestPoints); break;
            case "backend": w.WriteString(key, m.Backend); break;
            default: throw new ArgumentOutOfRangeException(nameof(key), key, "not a field the JSON writes itself");
        }
    }
}

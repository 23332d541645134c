using System.Text;
using System.Text.Json;
using RobustMem.Experiments;

namespace RobustMem.Cli.Commands;

/// <summary>One JSON object per measurement, one line each; NaN (ill-posed) becomes null.</summary>
internal static class MeasurementJson
{
    public static string Format(Measurement m)
    {
        var r = m.Regime;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("model", r.Model.Name);
            w.WriteString("activation", r.Sigma.Name);
            w.WriteString("law", r.Law.Name);
            w.WriteNumber("d", r.D);
            if (r.Model.HasWidth) w.WriteNumber("k", r.K); else w.WriteNull("k");
            w.WriteNumber("n", r.N);
            w.WriteNumber("noise", r.Noise);
            w.WriteNumber("ridge", r.Ridge);
            w.WriteNumber("seed", r.Seed);
            w.WriteNumber("repeat", m.Repeat);
            Number(w, "sobolev", m.Sobolev);
            Number(w, "sobolev_stderr", m.SobolevStdErr);
            Number(w, "sobolev_exact", m.SobolevExact ?? double.NaN);
            Number(w, "bound", r.Bound);
            Number(w, "ratio", m.Ratio);
            Number(w, "train_error", m.TrainError);
            Number(w, "test_error", m.TestError);
            w.WriteNumber("rank", m.Rank);
            w.WriteNumber("features", r.FeatureDimension);
            w.WriteBoolean("interpolates", m.Interpolates);
            w.WriteBoolean("ill_posed", m.IllPosed);
            w.WriteNumber("test_points", r.TestPoints);
            w.WriteString("backend", m.Backend);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value); else w.WriteNull(name);
    }
}

using System.Globalization;

namespace RobustMem.Experiments;

/// <summary>
/// This machine's rates for measure's time guard (issue 19 item 3), as <c>RobustMem.Benchmarks limits</c> measured them:
/// <c>docs/results/data/machine-rates.csv</c>, embedded in the build, the rows its <c>guard</c> column names.
/// </summary>
/// <remarks>
/// The guard's estimate is the route's products at <see cref="StreamedRate"/> (dgemm at the streamed block's shape), its
/// factorization term and per-point overheads at <see cref="DenseRate"/> (what a default measure at n = k = 1000 leaves after
/// those), and the streamed routes' draws of W and σ at their own measured rates. Re-running the benchmark on another
/// machine and rebuilding moves every estimate with it; nothing here is typed in by hand.
/// </remarks>
internal sealed record MachineRates(double StreamedRate, double DenseRate, double PointsPerSecond, double DrawsPerSecond, double ActivationsPerSecond, string Date)
{
    /// <summary>The embedded file's name in the assembly (RobustMem.csproj).</summary>
    public const string ResourceName = "RobustMem.machine-rates.csv";

    /// <summary>The rates of the committed data file.</summary>
    public static MachineRates Current { get; } = Embedded();

    private static MachineRates Embedded()
    {
        using var stream = typeof(MachineRates).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build embeds no {ResourceName} (docs/results/data/machine-rates.csv)");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The guard's rows of a machine-rates.csv: <c>rate_per_s</c> of each row whose <c>guard</c> names a quantity.</summary>
    internal static MachineRates Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string date = lines.FirstOrDefault(l => l.StartsWith("# date:", StringComparison.Ordinal))?["# date:".Length..].Trim() ?? "";
        var rows = lines.Where(l => !l.StartsWith('#')).ToArray();
        var header = rows[0].Split(',');
        int rate = Array.IndexOf(header, "rate_per_s"), guard = Array.IndexOf(header, "guard");
        if (rate < 0 || guard < 0) throw new FormatException("machine-rates.csv: no rate_per_s or guard column");
        var values = new Dictionary<string, double>();
        foreach (var row in rows.Skip(1))
        {
            // The shape column holds no comma, and the guard column is the last: split from the right.
            var cells = row.Split(',');
            string name = cells[^1];
            if (name.Length == 0) continue;
            double value = double.Parse(cells[^(header.Length - rate)], CultureInfo.InvariantCulture);
            if (!(double.IsFinite(value) && value > 0)) throw new FormatException($"machine-rates.csv: {name} is {value}, not a positive rate");
            values[name] = value;
        }
        double Get(string name) => values.TryGetValue(name, out double v) ? v : throw new FormatException($"machine-rates.csv: no row for {name}");
        return new MachineRates(Get("streamed_rate"), Get("dense_rate"), Get("points_per_s"), Get("draws_per_s"), Get("activations_per_s"), date);
    }
}

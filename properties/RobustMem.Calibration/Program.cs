using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using RobustMem.Calibration;
using RobustMem.Claims;

// Runs each property's check over regimes drawn from its own generator with FsCheck seeds 0..count−1 and reports the
// false-failure rate (properties) or the detection rate (controls), with the spread of every figure the bands compare.
// Usage: dotnet run -c Release --project properties/RobustMem.Calibration -- [count=200] [property-substring] [figures.csv]
// A filter of the form "=name" selects that property only ("II Best" is also a substring of "III Best").
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
int count = args.Length > 0 ? int.Parse(args[0]) : 200;
string filter = args.Length > 1 ? args[1] : "";
string? csv = args.Length > 2 ? args[2] : null;
using var figuresOut = csv is null ? null : new StreamWriter(csv, append: true);
foreach (var c in CalibrationCases.All.Where(c => filter.StartsWith('=') ? c.Property == filter[1..] : c.Property.Contains(filter, StringComparison.OrdinalIgnoreCase)))
{
    var clock = Stopwatch.StartNew();
    var failed = new List<string>();
    var figures = new Dictionary<string, List<double>>();
    for (int seed = 0; seed < count; seed++)
    {
        // Gen.Sample(gen, count, rnd, size): one regime per FsCheck seed (odd gamma); the families do not use the size.
        var regime = Gen.Sample(c.Family.Generator, 1, new Rnd((ulong)seed, 0x9E3779B97F4A7C15UL), 10)[0];
        if (!c.Family.IsValid(regime)) throw new InvalidOperationException($"{c.Property}: generator left its hypotheses at seed {seed}: {regime}");
        var verdict = c.Check(regime);
        bool wrong = verdict.Passed == c.IsControl;
        if (wrong) { failed.Add($"{seed}"); Console.Error.WriteLine($"-- {c.Property} seed {seed}:\n{verdict.Message}"); }
        foreach (var (name, value) in verdict.Figures)
        {
            (figures.TryGetValue(name, out var list) ? list : figures[name] = []).Add(value);
            figuresOut?.WriteLine($"{c.Property},{seed},{name},{value:R},{verdict.Passed},{RegimeText.Describe(regime).Replace(',', ';')}");
        }
    }
    string rate = c.IsControl
        ? $"detected {count - failed.Count}/{count}"
        : $"false failures {failed.Count}/{count}";
    Console.WriteLine($"{c.Property}: {rate} (seeds 0..{count - 1}{(failed.Count > 0 ? "; wrong at " + string.Join(" ", failed) : "")}) in {clock.Elapsed.TotalSeconds:F0} s");
    foreach (var (name, values) in figures)
    {
        var finite = values.Where(double.IsFinite).OrderBy(v => v).ToArray();
        if (finite.Length == 0) { Console.WriteLine($"    {name}: no finite values"); continue; }
        double mean = finite.Average(), sd = Math.Sqrt(finite.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, finite.Length - 1));
        Console.WriteLine($"    {name}: min {finite[0]:G4}  p1 {Q(finite, 0.01):G4}  mean {mean:G4} ± {sd:G3}  p99 {Q(finite, 0.99):G4}  max {finite[^1]:G4}");
    }
    figuresOut?.Flush();
}

static double Q(double[] sorted, double p) => sorted[(int)Math.Round(p * (sorted.Length - 1))];

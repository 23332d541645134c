using System.Diagnostics;
using System.Globalization;
using RobustMem.Properties;

// Runs each case of the registry (ClaimCases.All: every property and control of RobustMem.Properties) through its check
// over regimes drawn from its own family with FsCheck seeds 0..count−1 and reports the false-failure rate (properties)
// or the detection rate (controls), with the spread of every figure the bands compare.
// With --variants, it instead runs every selected property (not the controls) under each wrong variant and reports the
// power: the rejection rate per case, and per suite run (PropertyCases.ClaimDefault cases per property).
// Usage: dotnet run -c Release --project properties/RobustMem.Calibration -- [count=200] [case-substring] [figures.csv] [--variants A,B] [--from F]
// --from F runs seeds F..F+count−1: bands calibrated on seeds 0..199 are validated, and their power measured, out of sample.
// The filter matches case names ("II BestMemorizer_GrowsLikeSqrtN"); one of the form "=name" selects that case only
// ("II Best" is also a substring of "III Best").
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
int first = int.Parse(args.SkipWhile(a => a != "--from").Skip(1).FirstOrDefault() ?? "0");
int count = positional.Length > 0 ? int.Parse(positional[0]) : 200;
string filter = positional.Length > 1 ? positional[1] : "";
string? csv = positional.Length > 2 ? positional[2] : null;
var variants = args.SkipWhile(a => a != "--variants").Skip(1).FirstOrDefault()?.Split(',').Select(Control.Parse).ToArray();
using var figuresOut = csv is null ? null : new StreamWriter(csv, append: true);
var selected = ClaimCases.All.Where(c => filter.StartsWith('=') ? c.Name == filter[1..] : c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase));
var runs = variants is null
    ? selected.Select(c => (Case: c, Control: c.Control))
    : selected.Where(c => !c.MustFail).SelectMany(c => variants.Select(v => (Case: c, Control: v)));
foreach (var (c, control) in runs)
{
    var clock = Stopwatch.StartNew();
    bool mustFail = control != Control.None;
    string label = variants is null ? c.Name : $"{c.Name} × {control}";
    var wrong = new List<string>();
    var figures = new Dictionary<string, List<double>>();
    for (int seed = first; seed < first + count; seed++)
    {
        // Gen.Sample(gen, count, rnd, size): one regime per FsCheck seed (odd gamma); the families do not use the size.
        var regime = Gen.Sample(c.Family.Generator, 1, new Rnd((ulong)seed, 0x9E3779B97F4A7C15UL), 10)[0];
        if (!c.Family.IsValid(regime)) throw new InvalidOperationException($"{c.Name}: generator left its hypotheses at seed {seed}: {regime}");
        var verdict = c.Check(regime, control);
        if (verdict.Passed == mustFail) { wrong.Add($"{seed}"); if (!mustFail) Console.Error.WriteLine($"-- {label} seed {seed}:\n{verdict.Message}"); }
        foreach (var (name, value) in verdict.Figures)
        {
            (figures.TryGetValue(name, out var list) ? list : figures[name] = []).Add(value);
            figuresOut?.WriteLine($"{label},{seed},{name},{value:R},{verdict.Passed},{RegimeText.Describe(regime).Replace(',', ';')}");
        }
        figuresOut?.WriteLine($"{label},{seed},bound:{verdict.LowerBound},1,{verdict.Passed},{RegimeText.Describe(regime).Replace(',', ';')}");
        figuresOut?.WriteLine($"{label},{seed},tightness:{verdict.Tightness},1,{verdict.Passed},{RegimeText.Describe(regime).Replace(',', ';')}");
    }
    string rate;
    if (variants is not null)
    {
        double perCase = (count - wrong.Count) / (double)count;
        double perRun = 1 - Math.Pow(1 - perCase, PropertyCases.ClaimDefault);
        rate = $"rejected {count - wrong.Count}/{count} per case, {perRun:F4} per suite run of {PropertyCases.ClaimDefault} cases";
    }
    else rate = mustFail ? $"detected {count - wrong.Count}/{count}" : $"false failures {wrong.Count}/{count}";
    Console.WriteLine($"{label}: {rate} (seeds {first}..{first + count - 1}{(wrong.Count > 0 && !mustFail ? "; wrong at " + string.Join(" ", wrong) : "")}) in {clock.Elapsed.TotalSeconds:F0} s");
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

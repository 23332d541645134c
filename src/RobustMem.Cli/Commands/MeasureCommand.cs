using System.CommandLine;
using RobustMem.Activations;
using RobustMem.Cli.Figures;
using RobustMem.Cli.Parsing;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Models;

namespace RobustMem.Cli.Commands;

/// <summary><c>robustmem measure</c>: one JSON line per repeat of one regime.</summary>
internal static class MeasureCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = OneOf(ModelRegistry.All.Select(m => m.Name)), DefaultValueFactory = _ => "rf" };
        var activation = new Option<string>("--activation") { Description = OneOf(Activation.Every.Select(a => a.Name)), DefaultValueFactory = _ => "relu" };
        var laws = new LawArguments();
        var d = new Option<int>("--d") { Description = "input dimension (a file's own by default)", DefaultValueFactory = _ => 300 };
        var k = new Option<int>("--k") { Description = $"width k of a finite model ({OneOf(ModelRegistry.All.Where(m => m.HasWidth).Select(m => m.Name))}); refused with a kernel", DefaultValueFactory = _ => 1000 };
        var n = new Option<int>("--n") { Description = "training points", DefaultValueFactory = _ => 500 };
        var noise = new Option<double>("--noise") { Description = "label-noise level σ (0 with --classes unless given)", DefaultValueFactory = _ => 1.0 };
        var ridge = new Option<double>("--ridge") { Description = "ridge λ (0: min-norm)", DefaultValueFactory = _ => 0.0 };
        var testPoints = new Option<int>("--test-points") { Description = "fresh points for the test error and the Monte Carlo seminorm", DefaultValueFactory = _ => 500 };
        var seed = SeedOptions.First("first seed: the seed of every random stream of the first run");
        var seeds = SeedOptions.Count("number of seeds: --seed, --seed + 1, …, each run --repeats times", 1);
        var repeats = new Option<int>("--repeats") { Description = "independent repeats at each seed (streams of the seed, not other seeds)", DefaultValueFactory = _ => 1 };
        var weightsSd = new Option<string?>("--weights-sd") { Description = "rows of W drawn N(0, S²I); default 1/√d (the paper's), 1 is the sharper laws' (pre-activations N(0, ‖x‖²))" };
        var format = new Option<string>("--format") { Description = $"{MeasureOutput.Names}: json, an object a line; csv, a header then a row a run; markdown; table, a field a row and a run a column", DefaultValueFactory = _ => "json" };
        var target = new Option<string>("--target") { Description = "linear (y = ⟨w*, x⟩ + σξ, the paper's), none (y = σξ, the sharper laws') or classes (y = ±1 + σξ, a file's, set by --classes)", DefaultValueFactory = _ => "linear" };
        var fields = new Option<string>("--fields") { Description = $"the expensive figures to compute, comma-separated: {string.Join(", ", MeasureFieldNames.Each.Select(e => e.Name))}; the others print as null", DefaultValueFactory = _ => "all" };
        var allowLong = new Option<bool>("--allow-long") { Description = "run even when the time estimate is over the guard's limit (the memory limit still holds)" };
        var command = new Command("measure", "Fit one regime and print S, its standard error, the errors, the rank, the sensitivity at a fresh point and a lower estimate of Lip(f) as JSON lines.")
        {
            model, activation, laws.Law, laws.Classes, laws.Setting, d, k, n, noise, ridge, testPoints, seed, seeds, repeats, weightsSd, target, format, fields, allowLong,
        };
        command.SetAction(parse =>
        {
            var (law, dimension, labels, sigma, setting) = laws.Resolve(parse, d, target, noise);
            var chosen = ModelRegistry.Parse(parse.GetValue(model)!);
            // A kernel's regime still carries a K; it is never read, so a --k given with it would be ignored in silence.
            if (!chosen.HasWidth && Given.In(parse, k))
                throw new ArgumentException($"--k is the width of a finite model; {chosen.Name} has none (k = ∞): drop --k, or choose a finite model ({OneOf(ModelRegistry.All.Where(m => m.HasWidth).Select(m => m.Name))}).");
            var regime = new Regime(
                chosen,
                dimension, parse.GetValue(k), parse.GetValue(n),
                Activation.Parse(parse.GetValue(activation)!),
                law,
                sigma, parse.GetValue(ridge), parse.GetValue(testPoints), parse.GetValue(seed),
                LawArguments.WeightsSd(WeightsSd(parse.GetValue(weightsSd)), setting, law), labels);
            var asked = MeasureFieldNames.Parse(parse.GetValue(fields)!);
            int count = Preconditions.CheckRange(parse.GetValue(repeats), 1, 10_000, "repeats");
            int seedCount = parse.GetValue(seeds);
            if (regime.Seed + seedCount - 1 > SeedOptions.MaxSeed)
                throw new ArgumentOutOfRangeException("seeds", seedCount, $"--seed {regime.Seed} --seeds {seedCount} runs past seed {SeedOptions.MaxSeed}; start lower or run fewer seeds.");
            int runs = count * seedCount;
            var cost = MeasureGuard.Check(regime, asked, seedCount, count, parse.GetValue(allowLong));
            var output = MeasureOutput.Create(parse.GetValue(format)!, stdout);
            var la = Backend.Current;
            if (Backend.FallbackNotice is { } notice) stderr.WriteLine(notice);
            if (LawArguments.ResamplingNotice(regime.Law, regime.TestPoints) is { } resampled) stderr.WriteLine(resampled);
            if (MeasureGuard.Announcement(cost, runs) is { } announced) stderr.WriteLine(announced);
            // A timer prints "measure: 40% (12 s)" on anything past a few seconds; a single run reports no fraction ("running").
            using var progress = new LongPointProgress($"measure {regime.Model.Name} d={regime.D} k={regime.K} n={regime.N}", stderr.WriteLine);
            // Seed by seed, each with its repeats: the lines' (seed, repeat) are in order.
            int done = 0;
            for (int s = 0; s < seedCount; s++)
                for (int r = 0; r < count; r++)
                {
                    output.Add(MeasurementJson.Format(Experiment.Run(regime with { Seed = regime.Seed + s }, asked, r, la, allowLong: true)));
                    if (runs > 1) progress.Report(++done / (double)runs);
                }
            output.End();
            return 0;
        });
        return command;
    }

    // Read by hand: the parser's own message names a CLR type ("System.Nullable`1[System.Double]"), not the flag.
    private static double? WeightsSd(string? text) =>
        text is null ? null
            : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double s) ? s
            : throw new ArgumentException($"--weights-sd '{text}' is not a number; give the standard deviation of W's entries, e.g. 1.");

    // The help lists what the registries hold, so a registered model or law shows up without editing this file.
    private static string OneOf(IEnumerable<string> names)
    {
        var all = names.ToArray();
        return all.Length == 1 ? all[0] : $"{string.Join(", ", all[..^1])} or {all[^1]}";
    }
}

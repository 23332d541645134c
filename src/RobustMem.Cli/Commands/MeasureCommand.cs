using System.CommandLine;
using RobustMem.Activations;
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
        var k = new Option<int>("--k") { Description = "width (finite models)", DefaultValueFactory = _ => 1000 };
        var n = new Option<int>("--n") { Description = "training points", DefaultValueFactory = _ => 500 };
        var noise = new Option<double>("--noise") { Description = "label-noise level σ (0 with --classes unless given)", DefaultValueFactory = _ => 1.0 };
        var ridge = new Option<double>("--ridge") { Description = "ridge λ (0: min-norm)", DefaultValueFactory = _ => 0.0 };
        var testPoints = new Option<int>("--test-points") { Description = "fresh points for the test error and the Monte Carlo seminorm", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "seed of every random stream", DefaultValueFactory = _ => 0 };
        var repeats = new Option<int>("--repeats") { Description = "independent repeats", DefaultValueFactory = _ => 1 };
        var weightsSd = new Option<string?>("--weights-sd") { Description = "rows of W drawn N(0, S²I); default 1/√d (the paper's), 1 is the sharper laws' (pre-activations N(0, ‖x‖²))" };
        var target = new Option<string>("--target") { Description = "linear (y = ⟨w*, x⟩ + σξ, the paper's), none (y = σξ, the sharper laws') or classes (y = ±1 + σξ, a file's, set by --classes)", DefaultValueFactory = _ => "linear" };
        var command = new Command("measure", "Fit one regime and print S, its standard error, the errors, the rank, the sensitivity at a fresh point and a lower estimate of Lip(f) as JSON lines.")
        {
            model, activation, laws.Law, laws.Classes, laws.Setting, d, k, n, noise, ridge, testPoints, seed, repeats, weightsSd, target,
        };
        command.SetAction(parse =>
        {
            var (law, dimension, labels, sigma, setting) = laws.Resolve(parse, d, target, noise);
            var regime = new Regime(
                ModelRegistry.Parse(parse.GetValue(model)!),
                dimension, parse.GetValue(k), parse.GetValue(n),
                Activation.Parse(parse.GetValue(activation)!),
                law,
                sigma, parse.GetValue(ridge), parse.GetValue(testPoints), parse.GetValue(seed),
                LawArguments.WeightsSd(WeightsSd(parse.GetValue(weightsSd)), setting, law), labels).Validate();
            int count = Preconditions.CheckRange(parse.GetValue(repeats), 1, 10_000, "repeats");
            if (regime.EstimatedWork * count > Regime.MaxWork)
                throw new ArgumentOutOfRangeException("repeats", count, $"too expensive: {count} repeats of about {regime.EstimatedWork:G2} multiply-adds each exceed {Regime.MaxWork:G2}; reduce repeats or the regime.");
            var la = Backend.Current;
            if (Backend.FallbackNotice is { } notice) stderr.WriteLine(notice);
            if (LawArguments.ResamplingNotice(regime.Law, regime.TestPoints) is { } resampled) stderr.WriteLine(resampled);
            for (int r = 0; r < count; r++)
                stdout.WriteLine(MeasurementJson.Format(Experiment.Run(regime, r, la)));
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

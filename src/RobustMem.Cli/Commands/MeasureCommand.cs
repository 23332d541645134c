using System.CommandLine;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Cli.Commands;

/// <summary><c>robustmem measure</c>: one JSON line per repeat of one regime.</summary>
internal static class MeasureCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "rf, ntk, rf-kernel or ntk-kernel", DefaultValueFactory = _ => "rf" };
        var activation = new Option<string>("--activation") { Description = "relu, abs, erf, tanh or quadratic", DefaultValueFactory = _ => "relu" };
        var law = new Option<string>("--law") { Description = "sphere, gaussian, cube or laplace", DefaultValueFactory = _ => "sphere" };
        var d = new Option<int>("--d") { Description = "input dimension", DefaultValueFactory = _ => 300 };
        var k = new Option<int>("--k") { Description = "width (finite models)", DefaultValueFactory = _ => 1000 };
        var n = new Option<int>("--n") { Description = "training points", DefaultValueFactory = _ => 500 };
        var noise = new Option<double>("--noise") { Description = "label-noise level σ", DefaultValueFactory = _ => 1.0 };
        var ridge = new Option<double>("--ridge") { Description = "ridge λ (0: min-norm)", DefaultValueFactory = _ => 0.0 };
        var testPoints = new Option<int>("--test-points") { Description = "fresh points for the test error and the Monte Carlo seminorm", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "seed of every random stream", DefaultValueFactory = _ => 0 };
        var repeats = new Option<int>("--repeats") { Description = "independent repeats", DefaultValueFactory = _ => 1 };
        var command = new Command("measure", "Fit one regime and print S, its standard error, the errors and the rank as JSON lines.")
        {
            model, activation, law, d, k, n, noise, ridge, testPoints, seed, repeats,
        };
        command.SetAction(parse =>
        {
            var regime = new Regime(
                ModelKindNames.Parse(parse.GetValue(model)!),
                parse.GetValue(d), parse.GetValue(k), parse.GetValue(n),
                Activation.Parse(parse.GetValue(activation)!),
                ParseLaw(parse.GetValue(law)!),
                parse.GetValue(noise), parse.GetValue(ridge), parse.GetValue(testPoints), parse.GetValue(seed)).Validate();
            int count = Preconditions.CheckRange(parse.GetValue(repeats), 1, 10_000, "repeats");
            if (regime.EstimatedWork * count > Regime.MaxWork)
                throw new ArgumentOutOfRangeException("repeats", count, $"too expensive: {count} repeats of about {regime.EstimatedWork:G2} multiply-adds each exceed {Regime.MaxWork:G2}; reduce repeats or the regime.");
            var la = Backend.Current;
            if (Backend.FallbackNotice is { } notice) stderr.WriteLine(notice);
            for (int r = 0; r < count; r++)
                stdout.WriteLine(MeasurementJson.Format(Experiment.Run(regime, r, la)));
            return 0;
        });
        return command;
    }

    internal static InputLaw ParseLaw(string name) =>
        Enum.TryParse<InputLaw>(name, ignoreCase: true, out var law) && Enum.IsDefined(law) && !int.TryParse(name, out _)
            ? law
            : throw new ArgumentException($"unknown law '{name}'; expected one of sphere, gaussian, cube, laplace.");
}

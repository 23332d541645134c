using System.CommandLine;
using System.Diagnostics;
using System.Text;
using RobustMem.Cli.Figures;
using RobustMem.Curves;
using RobustMem.LinearAlgebra;
using RobustMem.Figures;
using RobustMem.Sweeps;
using RobustMem.Verdicts;

namespace RobustMem.Cli.Commands;

/// <summary><c>robustmem reproduce</c>: sweeps n for every figure and writes CSV, PNG, SVG per figure and a summary of verdicts.</summary>
internal static class ReproduceCommand
{
    public const string SummaryFile = "summary.md";

    public static Command Create(TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "output directory (created if missing)", DefaultValueFactory = _ => Path.Combine("out", "reproduce") };
        var full = new Option<bool>("--full") { Description = "the paper's sizes and grids (much slower)" };
        var seeds = new Option<int>("--seeds") { Description = "seeds per point (0..N-1)", DefaultValueFactory = _ => 3 };
        var force = new Option<bool>("--force") { Description = "overwrite a directory that already holds results" };
        var only = new Option<string?>("--figure") { Description = "run only the figure with this name (e.g. rf-relu)" };
        var shard = new Option<string?>("--shard") { Description = "run only slice i of N (e.g. 2/4): its CSV rows and shard.json; join the slices with `robustmem merge`" };
        var command = new Command("reproduce", "Sweep n for each figure of the paper; write <figure>.csv/.png/.svg and summary.md with a verdict per claim.")
        {
            output, full, seeds, force, only, shard,
        };
        command.SetAction(parse => parse.GetValue(shard) is { } slice
            ? ShardedReproduce.Run(slice, parse.GetValue(output)!, parse.GetValue(full), parse.GetValue(seeds), parse.GetValue(force), parse.GetValue(only), stderr)
            : Run(parse.GetValue(output)!, parse.GetValue(full), parse.GetValue(seeds), parse.GetValue(force), parse.GetValue(only), stderr));
        return command;
    }

    private static int Run(string directory, bool full, int seeds, bool force, string? only, TextWriter stderr)
    {
        Preconditions.CheckRange(seeds, 1, 100, "seeds");
        if (string.IsNullOrWhiteSpace(directory)) throw new ArgumentException("--out must name a directory.");
        var scale = full ? FigureScale.Full : FigureScale.Default;
        var figures = FigureCatalog.Figures(scale).Where(f => only is null || f.Name == only).ToArray();
        if (figures.Length == 0)
            throw new ArgumentException($"unknown figure '{only}'; expected one of {string.Join(", ", FigureCatalog.Figures(scale).Select(f => f.Name))}.");
        CheckOutput(directory, force);
        Directory.CreateDirectory(directory);
        var la = Backend.Current;
        if (Backend.FallbackNotice is { } notice) stderr.WriteLine(notice);
        var clock = Stopwatch.StartNew();
        var results = new List<(FigureSpec, IReadOnlyList<CurveVerdict>)>();
        int total = figures.Sum(f => f.Curves.Sum(c => c.Ns.Count)) * seeds;
        ReproduceProgress.Run(total, stderr, (describe, advance) =>
        {
            foreach (var figure in figures)
            {
                var curves = new List<Curve>();
                foreach (var spec in figure.Curves)
                {
                    describe($"{figure.Name}: {spec.Label}");
                    curves.Add(CurveSweep.Run(spec, seeds, la, _ => advance()));
                }
                results.Add((figure, FigureOutputs.WriteFigure(directory, figure, curves)));
            }
        });
        FigureOutputs.WriteSummary(directory, scale, seeds, la.Name, results);
        stderr.WriteLine($"wrote {figures.Length} figures and {SummaryFile} to {directory} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    // A directory that already holds a summary or a figure's CSV or plot is a previous run: keep it unless told otherwise.
    internal static void CheckOutput(string directory, bool force)
    {
        if (File.Exists(directory)) throw new ArgumentException($"--out '{directory}' is a file, not a directory.");
        if (force || !Directory.Exists(directory)) return;
        bool hasResults = File.Exists(Path.Combine(directory, SummaryFile)) || new[] { "*.csv", "*.png", "*.svg" }.Any(pattern => Directory.EnumerateFiles(directory, pattern).Any());
        if (hasResults) throw new ArgumentException($"--out '{directory}' already holds results; pass --force to overwrite them.");
    }
}

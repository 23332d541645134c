using System.CommandLine;
using System.Diagnostics;
using RobustMem.Cli.Figures;
using RobustMem.Curves;
using RobustMem.Data.Files;
using RobustMem.Figures;
using RobustMem.SharperLaws;
using RobustMem.LinearAlgebra;
using RobustMem.Sweeps;

namespace RobustMem.Cli.Commands;

/// <summary><c>robustmem reproduce</c>: sweeps n for every figure and writes CSV, PNG, SVG per figure and a summary of verdicts.</summary>
/// <remarks>
/// One path for both forms and every figure (the paper's n-sweeps and the sharper laws' width sweeps): the plan
/// (<see cref="SweepPlan"/>) applies the <c>--figure</c> filter and <see cref="SweepRunner"/> runs its points, all of
/// them (<see cref="Shard.Whole"/>) or one slice of <c>--shard i/N</c>. Only what is written differs: the figures and
/// <c>summary.md</c>, or the slice's CSV rows and <c>shard.json</c> for <c>robustmem merge</c>.
/// </remarks>
internal static class ReproduceCommand
{
    public const string SummaryFile = "summary.md";

    public static Command Create(TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "output directory (created if missing)", DefaultValueFactory = _ => Path.Combine("out", "reproduce") };
        var full = new Option<bool>("--full") { Description = "the paper's sizes and grids (much slower)" };
        var seeds = SeedOptions.Count("number of seeds per point: seeds 0..N−1", 3);
        var seed = SeedOptions.Refused("--seed", "reproduce runs seeds 0..N−1 of --seeds N, the seeds its verdicts are stated on; one point at another seed is robustmem measure --seed S.");
        var force = new Option<bool>("--force") { Description = "overwrite a directory that already holds results" };
        var only = new Option<string?>("--figure") { Description = ReproduceFigures.Help };
        var shard = new Option<string?>("--shard") { Description = "run only slice i of N (e.g. 2/4): its CSV rows and shard.json; join the slices with `robustmem merge`" };
        var law = new Option<string?>("--law") { Description = "file:PATH: the points of the -real sharper-laws figures (sensitivity-rf-real, sensitivity-ntk-real); see measure --help for the formats and scaling" };
        var classes = new Option<string?>("--classes") { Description = "a,b: the file's two classes, labelled +1 and −1 (their real-data labels; σ = 0); the -real figures need it" };
        var ns = new Option<string?>("--n") { Description = "N1,N2,…: the -real figures' training-set sizes by hand (default: derived from the file)" };
        var ks = new Option<string?>("--k") { Description = "k1,k2,…: the -real figure's widths by hand (default: derived from the file, RF to 128·N, NTK p = kd below d(d+1)/4)" };
        var command = new Command("reproduce", "Sweep n for each figure of the paper; write <figure>.csv/.png/.svg and summary.md with a verdict per claim. The sharper laws' figures (--figure sensitivity-rf|sensitivity-ntk, -real on a file) sweep the width and report, without verdicts.")
        {
            output, full, seeds, seed, force, only, shard, law, classes, ns, ks,
        };
        command.SetAction(parse => Run(parse.GetValue(shard), parse.GetValue(output)!, parse.GetValue(full), parse.GetValue(seeds), parse.GetValue(force), parse.GetValue(only),
            RealData.Read(parse.GetValue(law), parse.GetValue(classes), parse.GetValue(only), parse.GetValue(shard) is not null, parse.GetValue(ns), parse.GetValue(ks), parse.GetValue(full)), stderr));
        return command;
    }

    private static int Run(string? shardText, string directory, bool full, int seeds, bool force, string? only, (FileLaw? File, RealDataGrid? Grid) real, TextWriter stderr)
    {
        // Checked before anything runs, so a typo in a job array fails at once with exit 2.
        var shard = shardText is null ? Shard.Whole : Shard.Parse(shardText);
        ReproduceFigures.Check(only);
        Preconditions.CheckRange(seeds, 1, 100, "seeds");
        if (string.IsNullOrWhiteSpace(directory)) throw new ArgumentException("--out must name a directory.");
        var scale = full ? FigureScale.Full : FigureScale.Default;
        // The plan checks every point of every figure (n-sweeps and width sweeps alike) before any output.
        var plan = new SweepPlan(scale, seeds, only, file: real.File, grid: real.Grid);
        CheckOutput(directory, force);
        bool sharded = shardText is not null;
        if (sharded && !force && File.Exists(Path.Combine(directory, ShardManifest.FileName)))
            throw new ArgumentException($"--out '{directory}' already holds a shard; pass --force to overwrite it.");
        Directory.CreateDirectory(directory);
        var la = Backend.Current;
        if (Backend.FallbackNotice is { } notice) stderr.WriteLine(notice);
        foreach (string line in plan.Warnings) stderr.WriteLine($"warning: {line}");
        var clock = Stopwatch.StartNew();
        int owned = plan.ItemsOf(shard).Count;
        IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves)> results = [];
        ReproduceProgress.Run(owned, stderr, (describe, advance) =>
            results = SweepRunner.Run(plan, shard, la, describe, advance, item => new LongPointProgress(item.Id, describe)));
        if (sharded)
        {
            ShardFolder.Write(directory, ShardManifest.For(plan, shard, la.Name), results);
            stderr.WriteLine($"shard {shard}: wrote {owned} of {plan.Items.Count} points and {ShardManifest.FileName} to {directory} in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        FigureOutputs.WriteAll(directory, plan.Scale, plan.Seeds, la.Name, results);
        stderr.WriteLine($"wrote {FigureOutputs.Written(results, counts: true)} and {SummaryFile} to {directory} in {clock.Elapsed.TotalSeconds:F1} s");
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

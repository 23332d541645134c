using System.Diagnostics;
using RobustMem.Cli.Figures;
using RobustMem.Curves;
using RobustMem.LinearAlgebra;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Cli.Commands;

/// <summary><c>robustmem reproduce --shard i/N</c>: sweeps only shard i's points and writes their CSV rows and <c>shard.json</c>; <c>robustmem merge</c> draws the figures.</summary>
internal static class ShardedReproduce
{
    public static int Run(string shardText, string directory, bool full, int seeds, bool force, string? only, TextWriter error)
    {
        // Checked before anything runs, so a typo in a job array fails at once with exit 2.
        var shard = Shard.Parse(shardText);
        if (string.IsNullOrWhiteSpace(directory)) throw new ArgumentException("--out must name a directory.");
        var plan = new SweepPlan(full ? FigureScale.Full : FigureScale.Default, seeds, only);
        ReproduceCommand.CheckOutput(directory, force);
        if (!force && File.Exists(Path.Combine(directory, ShardManifest.FileName)))
            throw new ArgumentException($"--out '{directory}' already holds a shard; pass --force to overwrite it.");
        Directory.CreateDirectory(directory);
        var la = Backend.Current;
        if (Backend.FallbackNotice is { } notice) error.WriteLine(notice);
        var clock = Stopwatch.StartNew();
        int owned = plan.ItemsOf(shard).Count;
        IReadOnlyList<(FigureSpec, IReadOnlyList<Curve>)> results = [];
        ReproduceProgress.Run(owned, error, (describe, advance) => results = ShardSweep.Run(plan, shard, la, describe, advance));
        ShardFolder.Write(directory, ShardManifest.For(plan, shard, la.Name), results);
        error.WriteLine($"shard {shard}: wrote {owned} of {plan.Items.Count} points and {ShardManifest.FileName} to {directory} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}

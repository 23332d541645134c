using System.Diagnostics;
using RobustMem.Cli.Figures;
using RobustMem.LinearAlgebra;
using RobustMem.SharperLaws;
using RobustMem.Sweeps;

namespace RobustMem.Cli.Commands;

/// <summary>
/// <c>reproduce --figure sensitivity-rf|sensitivity-ntk</c>: the sharper laws' figures sweep the width at fixed N, not n
/// at fixed width, so they have their own plan (<see cref="SensitivityPlan"/>); sharding, the manifest and merge work as
/// for the n-sweeps.
/// </summary>
internal static class ReproduceSensitivity
{
    public static int Run(SensitivityPlan plan, Shard shard, bool sharded, string directory, TextWriter stderr)
    {
        var la = Backend.Current;
        if (Backend.FallbackNotice is { } notice) stderr.WriteLine(notice);
        foreach (string line in plan.Warnings) stderr.WriteLine($"warning: {line}");
        var clock = Stopwatch.StartNew();
        int owned = plan.ItemsOf(shard).Count;
        IReadOnlyList<SensitivityPoint> points = [];
        ReproduceProgress.Run(owned, stderr, (describe, advance) =>
            points = SensitivityRunner.Run(plan, shard, la, describe, advance, item => new LongPointProgress(item.Id, describe)));
        if (sharded)
        {
            SensitivityShardFolder.Write(directory, plan, shard, la.Name, points);
            stderr.WriteLine($"shard {shard}: wrote {owned} of {plan.Items.Count} points and {ShardManifest.FileName} to {directory} in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        SensitivityOutputs.Write(directory, plan, la.Name, points);
        stderr.WriteLine($"wrote {plan.Figure.Name} ({points.Count} points, {plan.Figure.Activations.Count} plots) and {ReproduceCommand.SummaryFile} to {directory} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}

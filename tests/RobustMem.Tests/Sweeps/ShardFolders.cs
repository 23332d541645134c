using RobustMem.Curves;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Sweeps;

/// <summary>Temporary shard folders written in-process at <see cref="FigureScale.Snapshot"/>, the tiny grid, and the unsharded CSVs to compare them with.</summary>
internal sealed class ShardFolders : IDisposable
{
    public ShardFolders(SweepPlan plan, int count)
    {
        Plan = plan;
        Root = Path.Combine(Path.GetTempPath(), "robustmem-shards-" + Guid.NewGuid().ToString("N"));
        Directories = Enumerable.Range(1, count).Select(i => Write(plan, new Shard(i, count), Path.Combine(Root, $"shard-{i}"))).ToArray();
    }

    public SweepPlan Plan { get; }

    public string Root { get; }

    /// <summary>shard-1 .. shard-N, in order.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>One shard's folder, written as <c>reproduce --shard</c> writes it.</summary>
    public static string Write(SweepPlan plan, Shard shard, string directory)
    {
        Directory.CreateDirectory(directory);
        ShardFolder.Write(directory, ShardManifest.For(plan, shard, "test"), SweepRunner.Run(plan, shard));
        return directory;
    }

    /// <summary>Each figure's CSV as one unsharded sweep writes it (<see cref="CurveSweep"/>, seeds 0..S−1, S*(0) where the figure draws it).</summary>
    public static IReadOnlyDictionary<string, string> Unsharded(SweepPlan plan) =>
        plan.Figures.ToDictionary(f => f.Name, f => CurveCsv.Format(f.Curves.Select(c => CurveSweep.Run(c, plan.Seeds, frontier: f.ShowFrontier)).ToArray()));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

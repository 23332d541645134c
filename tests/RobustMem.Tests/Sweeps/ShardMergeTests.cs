using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Sweeps;

/// <summary>Shards of a sweep, merged, are the unsharded sweep byte for byte; incomplete or mixed sets of shards are refused.</summary>
public sealed class ShardMergeTests
{
    // Every snapshot-scale figure (7 figures, 30 curves, one seed): several figures, so the order across figures is exercised too.
    private static readonly SweepPlan Tiny = new(FigureScale.Snapshot, 1, null);

    // Two seeds, so rows of one n from different shards must interleave by seed.
    private static readonly SweepPlan KernelsTwoSeeds = new(FigureScale.Snapshot, 2, "kernels");

    // One cheap figure for the refusals: 4 kernel curves of n ≤ 60.
    private static readonly SweepPlan Kernels = new(FigureScale.Snapshot, 1, "kernels");

    [Fact]
    public void ThreeShards_Merged_AreTheUnshardedCsvs_ByteForByte()
    {
        using var shards = new ShardFolders(Tiny, 3);
        var merged = ShardMerge.Join(shards.Directories);
        var unsharded = ShardFolders.Unsharded(Tiny);
        Assert.Equal(Tiny.Figures.Select(f => f.Name), merged.Figures.Select(f => f.Figure.Name));
        foreach (var (figure, curves) in merged.Figures)
            Assert.Equal(unsharded[figure.Name], CurveCsv.Format(curves));
        // Each shard wrote only its third: the merge really joined three parts.
        var rows = shards.Directories.Select(d => Tiny.Figures.Sum(f => File.ReadAllLines(ShardFolder.CsvPath(d, f.Name)).Length - 1)).ToArray();
        Assert.Equal(Tiny.Items.Count, rows.Sum());
        Assert.All(rows, r => Assert.InRange(r, Tiny.Items.Count / 3, Tiny.Items.Count / 3 + 1));
    }

    [Fact]
    public void TwoSeeds_InAnyShardOrder_MergeToTheUnshardedCsv()
    {
        using var shards = new ShardFolders(KernelsTwoSeeds, 3);
        string unsharded = ShardFolders.Unsharded(KernelsTwoSeeds)["kernels"];
        Assert.Equal(unsharded, CurveCsv.Format(ShardMerge.Join(shards.Directories).Figures.Single().Curves));
        Assert.Equal(unsharded, CurveCsv.Format(ShardMerge.Join(shards.Directories.Reverse().ToArray()).Figures.Single().Curves));
    }

    [Theory]
    [InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(7), InlineData(50)]
    public void Shards_PartitionTheItems_RoundRobin(int count)
    {
        var slices = Enumerable.Range(1, count).Select(i => Tiny.ItemsOf(new Shard(i, count))).ToArray();
        Assert.Equal(Tiny.Items.Select(i => i.Id), slices.SelectMany(s => s).OrderBy(i => i.Index).Select(i => i.Id));
        Assert.True(slices.Max(s => s.Count) - slices.Min(s => s.Count) <= 1);
        for (int i = 0; i < count; i++) Assert.All(slices[i], item => Assert.Equal(i, item.Index % count));
    }

    [Fact]
    public void MissingShard_IsRefused_NamingIt()
    {
        using var shards = new ShardFolders(Kernels, 3);
        var e = Assert.Throws<ArgumentException>(() => ShardMerge.Join([shards.Directories[0], shards.Directories[2]]));
        Assert.Equal("missing shard 2/3: pass the folder of every shard of the run.", e.Message);
    }

    [Fact]
    public void SameShardTwice_IsRefused_AsOverlapping()
    {
        using var shards = new ShardFolders(Kernels, 2);
        var e = Assert.Throws<ArgumentException>(() => ShardMerge.Join([.. shards.Directories, shards.Directories[1]]));
        Assert.StartsWith("overlapping shards:", e.Message);
        Assert.Contains("shard 2/2", e.Message);
    }

    [Fact]
    public void ShardsOfDifferentSeedsOrShardCounts_AreRefused()
    {
        using var shards = new ShardFolders(Kernels, 2);
        var twoSeeds = ShardFolders.Write(KernelsTwoSeeds, new Shard(2, 2), Path.Combine(shards.Root, "seeds2"));
        var ofThree = ShardFolders.Write(Kernels, new Shard(2, 3), Path.Combine(shards.Root, "of3"));
        var seeds = Assert.Throws<ArgumentException>(() => ShardMerge.Join([shards.Directories[0], twoSeeds]));
        Assert.Contains("has seeds 2", seeds.Message);
        var count = Assert.Throws<ArgumentException>(() => ShardMerge.Join([shards.Directories[0], ofThree]));
        Assert.Contains("has N (shard count) 3", count.Message);
    }

    [Fact]
    public void ShardWithARowMissing_IsRefused()
    {
        using var shards = new ShardFolders(Kernels, 2);
        string csv = ShardFolder.CsvPath(shards.Directories[1], "kernels");
        var lines = File.ReadAllLines(csv);
        File.WriteAllLines(csv, lines.Take(lines.Length - 1));
        var e = Assert.Throws<ArgumentException>(() => ShardMerge.Join(shards.Directories));
        Assert.Contains("CSV rows are not the items its manifest lists", e.Message);
    }

    [Fact]
    public void FolderWithoutManifest_IsRefused()
    {
        using var shards = new ShardFolders(Kernels, 2);
        File.Delete(Path.Combine(shards.Directories[0], ShardManifest.FileName));
        var e = Assert.Throws<ArgumentException>(() => ShardMerge.Join(shards.Directories));
        Assert.Contains("holds no shard.json", e.Message);
    }
}

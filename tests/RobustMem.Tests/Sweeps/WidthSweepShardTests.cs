using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Sweeps;

/// <summary>A width sweep (a sensitivity figure) sharded and merged is the whole run, row for row and byte for byte; a broken set of shards is refused.</summary>
public sealed class WidthSweepShardTests : IDisposable
{
    private static readonly SweepPlan Plan = new(FigureScale.Snapshot, 1, "sensitivity-ntk");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "robustmem-sensitivity-shards-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Merge_OfThreeShards_IsTheWholeRun_ByteForByte()
    {
        string whole = CurveCsv.Format(SweepRunner.Run(Plan, Shard.Whole).Single().Curves);
        var merged = ShardMerge.Join(WriteShards(3));
        Assert.Equal(whole, CurveCsv.Format(merged.Figures.Single().Curves));
        Assert.Equal(Plan.Fingerprint(), merged.Plan.Fingerprint());
        Assert.Equal("test", merged.Backend);
    }

    [Fact]
    public void Merge_WithAShardMissing_IsRefused_NamingIt()
    {
        var dirs = WriteShards(3);
        var e = Assert.Throws<ArgumentException>(() => ShardMerge.Join([dirs[0], dirs[2]]));
        Assert.Contains("missing shard 2/3", e.Message);
    }

    [Fact]
    public void Merge_WithARowDropped_IsRefused()
    {
        var dirs = WriteShards(2);
        string csv = ShardFolder.CsvPath(dirs[1], Plan.Figures[0].Name);
        File.WriteAllLines(csv, File.ReadAllLines(csv).SkipLast(1));
        var e = Assert.Throws<ArgumentException>(() => ShardMerge.Join(dirs));
        Assert.Contains("its CSV rows are not the items its manifest lists", e.Message);
    }

    [Fact]
    public void Plan_OfAnUnknownFigure_NamesTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => new SweepPlan(FigureScale.Default, 1, "sensitivity-cnn"));
        Assert.StartsWith("unknown figure 'sensitivity-cnn'; expected one of rf-relu, ", e.Message);
        Assert.EndsWith(", sensitivity-rf, sensitivity-ntk.", e.Message);
    }

    [Fact]
    public void Plan_PutsTheKernelAfterTheWidths_AndDealsItemsRoundRobin()
    {
        var curve = Plan.Figures[0].Curves[0];
        var first = Plan.Items.Take(curve.Ns.Count + 1).ToArray();
        Assert.Equal([.. curve.Ns.Select(k => (int?)k), null], first.Select(i => i.X));
        Assert.Equal("sensitivity-ntk/tanh/16/inf/0", first[^1].Id);
        Assert.Equal(Plan.Items.Where(i => i.Index % 3 == 1), Plan.ItemsOf(new Shard(2, 3)));
    }

    private string[] WriteShards(int count) => Enumerable.Range(1, count).Select(i =>
    {
        string dir = Path.Combine(_root, $"shard-{i}");
        Directory.CreateDirectory(dir);
        var shard = new Shard(i, count);
        ShardFolder.Write(dir, ShardManifest.For(Plan, shard, "test"), SweepRunner.Run(Plan, shard));
        return dir;
    }).ToArray();

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}

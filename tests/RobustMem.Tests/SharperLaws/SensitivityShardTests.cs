using RobustMem.Figures;
using RobustMem.SharperLaws;
using RobustMem.Sweeps;

namespace RobustMem.Tests.SharperLaws;

/// <summary>A sensitivity figure sharded and merged is the whole run, row for row and byte for byte; a broken set of shards is refused.</summary>
public sealed class SensitivityShardTests : IDisposable
{
    private static readonly SensitivityPlan Plan = new(FigureScale.Snapshot, 1, "sensitivity-ntk");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "robustmem-sensitivity-shards-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Merge_OfThreeShards_IsTheWholeRun_ByteForByte()
    {
        string whole = SensitivityCsv.Format(Plan.Figure, SensitivityRunner.Run(Plan, Shard.Whole));
        var (plan, backend, points) = SensitivityMerge.Join(WriteShards(3));
        Assert.Equal(whole, SensitivityCsv.Format(plan.Figure, points));
        Assert.Equal(Plan.Fingerprint(), plan.Fingerprint());
        Assert.Equal("test", backend);
    }

    [Fact]
    public void Merge_WithAShardMissing_IsRefused_NamingIt()
    {
        var dirs = WriteShards(3);
        var e = Assert.Throws<ArgumentException>(() => SensitivityMerge.Join([dirs[0], dirs[2]]));
        Assert.Contains("missing shard 2/3", e.Message);
    }

    [Fact]
    public void Merge_WithARowDropped_IsRefused()
    {
        var dirs = WriteShards(2);
        string csv = ShardFolder.CsvPath(dirs[1], Plan.Figure.Name);
        File.WriteAllLines(csv, File.ReadAllLines(csv).SkipLast(1));
        var e = Assert.Throws<ArgumentException>(() => SensitivityMerge.Join(dirs));
        Assert.Contains("are not the items of shard 2/2", e.Message);
    }

    [Fact]
    public void Plan_OfAnUnknownFigure_NamesTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => new SensitivityPlan(FigureScale.Default, 1, "sensitivity-cnn"));
        Assert.Equal("unknown figure 'sensitivity-cnn'; the sharper laws' figures are sensitivity-rf, sensitivity-ntk.", e.Message);
    }

    [Fact]
    public void Plan_PutsTheKernelAfterTheWidths_AndDealsItemsRoundRobin()
    {
        var first = Plan.Items.Take(Plan.Figure.Widths.Count + 1).ToArray();
        Assert.Equal([.. Plan.Figure.Widths.Select(k => (int?)k), null], first.Select(i => i.K));
        Assert.Equal(Plan.Items.Where(i => i.Index % 3 == 1), Plan.ItemsOf(new Shard(2, 3)));
    }

    private string[] WriteShards(int count) => Enumerable.Range(1, count).Select(i =>
    {
        string dir = Path.Combine(_root, $"shard-{i}");
        Directory.CreateDirectory(dir);
        var shard = new Shard(i, count);
        SensitivityShardFolder.Write(dir, Plan, shard, "test", SensitivityRunner.Run(Plan, shard));
        return dir;
    }).ToArray();

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}

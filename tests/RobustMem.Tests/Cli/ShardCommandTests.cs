using RobustMem.Curves;
using RobustMem.Tests.Curves;
using RobustMem.Figures;
using RobustMem.Sweeps;
using RobustMem.Tests.Sweeps;

namespace RobustMem.Tests.Cli;

/// <summary><c>robustmem reproduce --shard</c> and <c>robustmem merge</c> as a user runs them: exit 2 and one line for what cannot be done.</summary>
public sealed class ShardCommandTests
{
    private static readonly SweepPlan Kernels = new(FigureScale.Snapshot, 1, "kernels");

    [Theory]
    [InlineData("0/4"), InlineData("5/4"), InlineData("1/0"), InlineData("abc"), InlineData("2/4/5")]
    public void BadShard_ExitsTwo_WithOneLine_BeforeWritingAnything(string shard)
    {
        string output = Path.Combine(Path.GetTempPath(), "robustmem-badshard-" + Guid.NewGuid().ToString("N"));
        var run = CliRunner.Run("reproduce", "--shard", shard, "--out", output);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Single(run.StderrLines);
        Assert.StartsWith($"robustmem: --shard '{shard}'", run.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Merge_OfEveryShard_WritesTheUnshardedCsvAndFigures_AndKeepsThemUnlessForced()
    {
        using var shards = new ShardFolders(Kernels, 3);
        string output = Path.Combine(shards.Root, "merged");
        var run = CliRunner.Run(["merge", "--out", output, .. shards.Directories]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ShardFolders.Unsharded(Kernels)["kernels"], File.ReadAllText(Path.Combine(output, "kernels.csv")));
        Assert.All(new[] { "kernels.png", "kernels.svg", "summary.md" }, f => Assert.True(new FileInfo(Path.Combine(output, f)).Length > 0, f));
        Assert.Contains("backend test", File.ReadAllText(Path.Combine(output, "summary.md")));

        var again = CliRunner.Run(["merge", "--out", output, .. shards.Directories]);
        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains("already holds results; pass --force", again.Stderr);
        Assert.Equal(0, CliRunner.Run(["merge", "--force", "--out", output, .. shards.Directories]).ExitCode);
    }

    [Fact]
    public void Merge_WithAShardMissing_ExitsTwo_NamingIt_AndWritesNothing()
    {
        using var shards = new ShardFolders(Kernels, 3);
        string output = Path.Combine(shards.Root, "merged");
        var run = CliRunner.Run("merge", "--out", output, shards.Directories[0], shards.Directories[1]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(["robustmem: missing shard 3/3: pass the folder of every shard of the run."], run.StderrLines);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Merge_WithAShardTwice_ExitsTwo_AsOverlapping()
    {
        using var shards = new ShardFolders(Kernels, 2);
        var run = CliRunner.Run(["merge", "--out", Path.Combine(shards.Root, "merged"), .. shards.Directories, shards.Directories[0]]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Single(run.StderrLines);
        Assert.StartsWith("robustmem: overlapping shards:", run.Stderr);
    }

    /// <summary>The real commands end to end on one default-scale figure: three shards merged are the files of one run, PNG and SVG included.</summary>
    /// <remarks>ridge: a figure without bound windows, so one seed is one seed at every point (ntk-relu has 40 at its window anchors, 20× the cost).</remarks>
    [Fact]
    public void ReproduceInThreeShards_ThenMerge_WritesTheSameBytesAsOneRun()
    {
        string root = Path.Combine(Path.GetTempPath(), "robustmem-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            string[] common = ["reproduce", "--figure", "ridge", "--seeds", "1"];
            Assert.Equal(0, CliRunner.Run([.. common, "--out", Path.Combine(root, "one")]).ExitCode);
            var dirs = Enumerable.Range(1, 3).Select(i => Path.Combine(root, $"shard-{i}")).ToArray();
            for (int i = 0; i < 3; i++)
            {
                var shard = CliRunner.Run([.. common, "--shard", $"{i + 1}/3", "--out", dirs[i]]);
                Assert.True(shard.ExitCode == 0, shard.ToString());
            }
            var merge = CliRunner.Run(["merge", "--out", Path.Combine(root, "merged"), .. dirs]);
            Assert.True(merge.ExitCode == 0, merge.ToString());
            foreach (string file in new[] { "ridge.csv", "ridge.png", "ridge.svg", "summary.md" })
                Assert.True(File.ReadAllBytes(Path.Combine(root, "one", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, "merged", file))), file);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}

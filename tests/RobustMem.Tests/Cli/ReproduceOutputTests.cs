namespace RobustMem.Tests.Cli;

/// <summary><c>reproduce --out</c> into a folder that holds a previous run refuses (exit 2) unless <c>--force</c>, and touches nothing.</summary>
public sealed class ReproduceOutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"robustmem-out-{Guid.NewGuid():N}");

    [Theory]
    [InlineData("summary.md")]
    [InlineData("rf-relu.csv")]
    [InlineData("kernels.csv")]
    public void FolderWithResults_IsRefused_AndLeftIntact(string previous)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, previous), "a previous run\n");
        File.WriteAllText(Path.Combine(_folder, "rf-relu.png"), "not really a png\n");
        string before = FolderState.Of(_folder);

        var run = InProcessCli.Run("reproduce", "--out", _folder, "--seeds", "1", "--figure", "rf-relu");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already holds results", run.Stderr);
        Assert.Contains("--force", run.Stderr);
        Assert.Equal(before, FolderState.Of(_folder));
    }

    [Fact]
    public void RefusedRun_CreatesNoFolder()
    {
        var run = InProcessCli.Run("reproduce", "--out", _folder, "--seeds", "1", "--figure", "no-such-figure");
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}

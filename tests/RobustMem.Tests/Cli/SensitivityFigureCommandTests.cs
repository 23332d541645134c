using RobustMem.Tests.Support;

namespace RobustMem.Tests.Cli;

/// <summary><c>reproduce --figure sensitivity-*</c> as a user runs it: the -real figure on a file, and one line with exit 2 for what cannot be done.</summary>
public sealed class SensitivityFigureCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "robustmem-sensitivity-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void RealFigure_OnAFileWithClasses_WritesItsCsvPlotsAndSummary()
    {
        var run = CliRunner.Run("reproduce", "--figure", "sensitivity-ntk-real", "--law", $"file:{PointFixtures.TwoClassesIdxGz}", "--classes", "0,1", "--seeds", "1",
            "--n", "16,32", "--k", "2,4,8,16,32", "--out", _out);
        Assert.True(run.ExitCode == 0, run.ToString());
        var csv = File.ReadAllLines(Path.Combine(_out, "sensitivity-ntk-real.csv"));
        Assert.Equal(1 + 4 * 2 * 6, csv.Length);
        Assert.EndsWith(",params,sensitivity,universal_bound,S_paper", csv[0]);
        // k up to 32 at d = 16 is not well below d, and p = 512 is past x²'s feature span 136: a line each, before the run.
        Assert.Contains("warning: NTK k_max = 32 is not well below d = 16", run.Stderr);
        Assert.Contains("warning: NTK p_max = 512 is past the quadratic feature span d(d + 1)/2 = 136", run.Stderr);
        // Tidy as every CSV of a run (issue 20): one column per variable, one row per fit.
        var untidy = Schema.TidyCsv.Problems(File.ReadAllText(Path.Combine(_out, "sensitivity-ntk-real.csv")), ["params", "sensitivity", "universal_bound", "S_paper"]);
        Assert.True(untidy.Count == 0, string.Join("; ", untidy));
        Assert.All(new[] { "tanh", "softplus", "quadratic", "cos" }, a => Assert.True(new FileInfo(Path.Combine(_out, $"sensitivity-ntk-real-{a}.png")).Length > 0, a));
        string summary = File.ReadAllText(Path.Combine(_out, "summary.md"));
        Assert.Contains("file:two-classes-images-idx3-ubyte.gz#0vs1", summary);
        Assert.Contains("labels the file's two classes, ±1, σ = 0", summary);
        Assert.Contains("weight rows N(0, I/d) on z = pixels/255 (a CSV: its numbers), their real-data setting exactly (--setting bombari2023", summary);
        // A CSV of the same pixels states its own scale, z = 0..255: the plan says in one line that its pre-activations are far from theirs.
        var csv0to255 = RobustMem.Data.Files.FileLaw.Read(PointFixtures.TwoClasses, new RobustMem.Data.Files.ClassPair(0, 1));
        var plan = new RobustMem.Sweeps.SweepPlan(RobustMem.Figures.FigureScale.Default, 1, "sensitivity-rf-real", file: csv0to255, grid: new([8], [64, 128], [64, 128]));
        Assert.Contains(plan.Warnings, w => w.StartsWith("z's mean ‖z‖²/d is", StringComparison.Ordinal));
        Assert.Contains("an expectation only (the theorems assume gaussian inputs)", summary);
    }

    [Theory]
    [InlineData("unknown figure 'sensitivity-cnn'", "--figure", "sensitivity-cnn")]
    [InlineData("sensitivity-rf-real is drawn on a file's points", "--figure", "sensitivity-rf-real")]
    [InlineData("--classes needs --law file:PATH", "--figure", "sensitivity-rf", "--classes", "0,1")]
    [InlineData("--law file:x is for the sharper laws' figures on a file's points", "--figure", "sensitivity-rf", "--law", "file:x")]
    [InlineData("--law file:x is for the sharper laws' figures on a file's points", "--law", "file:x")]
    [InlineData("--figure sensitivity-rf-real runs whole", "--figure", "sensitivity-rf-real", "--law", "file:x", "--shard", "1/2")]
    [InlineData("sensitivity-rf-real at --full cannot run point sensitivity-rf-real/tanh/400/", "--figure", "sensitivity-rf-real", "--full", "--classes", "0,1", "--law", "file:FIXTURE")]
    public void BadSensitivityArguments_ExitTwo_WithOneLine_BeforeWritingAnything(string message, params string[] args) =>
        ExitsTwoWithOneLine(CliRunner.Run(["reproduce", "--out", _out, .. args.Select(a => a.Replace("FIXTURE", PointFixtures.TwoClasses, StringComparison.Ordinal))]), message);

    /// <summary>The -real figures' own refusals (issue 21), run in this process: each fails before any work.</summary>
    [Theory]
    [InlineData("--figure sensitivity-rf-real needs --classes a,b", "--figure", "sensitivity-rf-real", "--law", "file:FIXTURE")]
    [InlineData("--n and --k set the grid of the -real figures", "--figure", "sensitivity-rf", "--n", "16")]
    [InlineData("--k 'a,b': expected positive integers", "--figure", "sensitivity-rf-real", "--law", "file:FIXTURE", "--classes", "0,1", "--k", "a,b")]
    [InlineData("--full is the paper's grid; --n and --k set another", "--figure", "sensitivity-rf-real", "--law", "file:FIXTURE", "--classes", "0,1", "--full", "--n", "8")]
    [InlineData("sensitivity-rf-real at the grid of --n and --k cannot run point sensitivity-rf-real/tanh/100/", "--figure", "sensitivity-rf-real", "--law", "file:FIXTURE", "--classes", "0,1", "--n", "100")]
    public void BadRealDataArguments_ExitTwo_WithOneLine_BeforeWritingAnything(string message, params string[] args) =>
        ExitsTwoWithOneLine(InProcessCli.Run(["reproduce", "--out", _out, .. args.Select(a => a.Replace("FIXTURE", PointFixtures.TwoClasses, StringComparison.Ordinal))]), message);

    private void ExitsTwoWithOneLine(CliRunner.Result run, string message)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Single(run.StderrLines);
        Assert.StartsWith($"robustmem: {message}", run.Stderr);
        Assert.False(Directory.Exists(_out));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}

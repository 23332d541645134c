using RobustMem.Tests.Support;

namespace RobustMem.Tests.Cli;

/// <summary><c>reproduce --figure sensitivity-*</c> as a user runs it: the -real figure on a file, and one line with exit 2 for what cannot be done.</summary>
public sealed class SensitivityFigureCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "robustmem-sensitivity-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void RealFigure_OnAFileWithClasses_WritesItsCsvPlotsAndSummary()
    {
        var run = CliRunner.Run("reproduce", "--figure", "sensitivity-ntk-real", "--law", $"file:{PointFixtures.TwoClasses}", "--classes", "0,1", "--seeds", "1", "--out", _out);
        Assert.True(run.ExitCode == 0, run.ToString());
        var csv = File.ReadAllLines(Path.Combine(_out, "sensitivity-ntk-real.csv"));
        Assert.Equal(1 + 4 * 2 * 6, csv.Length);
        // Tidy as every CSV of a run (issue 20): one column per variable, one row per fit.
        var untidy = Schema.TidyCsv.Problems(File.ReadAllText(Path.Combine(_out, "sensitivity-ntk-real.csv")), ["params", "sensitivity", "universal_bound"]);
        Assert.True(untidy.Count == 0, string.Join("; ", untidy));
        Assert.All(new[] { "tanh", "softplus", "quadratic", "cos" }, a => Assert.True(new FileInfo(Path.Combine(_out, $"sensitivity-ntk-real-{a}.png")).Length > 0, a));
        string summary = File.ReadAllText(Path.Combine(_out, "summary.md"));
        Assert.Contains("file:two-classes-80x16.csv", summary);
        Assert.Contains("labels the file's two classes, ±1, σ = 0", summary);
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
    public void BadSensitivityArguments_ExitTwo_WithOneLine_BeforeWritingAnything(string message, params string[] args)
    {
        var run = CliRunner.Run(["reproduce", "--out", _out, .. args.Select(a => a.Replace("FIXTURE", PointFixtures.TwoClasses, StringComparison.Ordinal))]);
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

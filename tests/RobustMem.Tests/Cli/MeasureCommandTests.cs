using System.Text.Json;

namespace RobustMem.Tests.Cli;

/// <summary><c>robustmem measure</c> as a user runs it: JSON on stdout, exit 2 and one stderr line on bad input.</summary>
public sealed class MeasureCommandTests
{
    private static readonly string[] Required =
        ["model", "activation", "law", "d", "k", "n", "noise", "ridge", "seed", "sobolev", "sobolev_stderr", "train_error", "test_error", "rank", "interpolates"];

    private static readonly string[] Small = ["measure", "--d", "20", "--k", "60", "--n", "30", "--test-points", "100"];

    [Fact]
    public void Measure_PrintsJsonWithEveryRequiredField()
    {
        var run = CliRunner.Run([.. Small, "--seed", "4"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        var missing = Required.Where(f => !json.TryGetProperty(f, out _)).ToArray();
        Assert.True(missing.Length == 0, $"missing fields: {string.Join(", ", missing)}");
        Assert.Equal(("rf", "relu", "sphere"), (json.GetProperty("model").GetString(), json.GetProperty("activation").GetString(), json.GetProperty("law").GetString()));
        Assert.Equal((20, 60, 30, 4), (json.GetProperty("d").GetInt32(), json.GetProperty("k").GetInt32(), json.GetProperty("n").GetInt32(), json.GetProperty("seed").GetInt32()));
        Assert.Equal(30, json.GetProperty("rank").GetInt32());
        Assert.True(json.GetProperty("interpolates").GetBoolean());
        Assert.True(json.GetProperty("sobolev").GetDouble() > 0 && json.GetProperty("sobolev_stderr").GetDouble() > 0);
        Assert.True(json.GetProperty("train_error").GetDouble() < 1e-12);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void SameSeed_GivesTheSameBytes_AndAnotherSeedDoesNot()
    {
        string[] args = ["measure", "--model", "ntk", "--activation", "erf", "--law", "laplace", "--d", "20", "--k", "5", "--n", "30", "--test-points", "100", "--seed", "9"];
        var a = CliRunner.Run(args);
        var b = CliRunner.Run(args);
        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.Equal(a.Stdout, b.Stdout);
        var other = CliRunner.Run([.. args[..^1], "10"]);
        Assert.NotEqual(a.Stdout, other.Stdout);
    }

    [Fact]
    public void PastTheThreshold_ExitsZero_WithoutInterpolating()
    {
        var run = CliRunner.Run("measure", "--model", "rf", "--d", "30", "--k", "100", "--n", "300", "--test-points", "100");
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.False(json.GetProperty("interpolates").GetBoolean());
        Assert.Equal(100, json.GetProperty("rank").GetInt32());
        Assert.True(json.GetProperty("train_error").GetDouble() > 0.1);
    }

    [Fact]
    public void KernelModel_PrintsNullWidth()
    {
        var run = CliRunner.Run("measure", "--model", "ntk-kernel", "--activation", "abs", "--law", "gaussian", "--d", "40", "--n", "30", "--test-points", "50");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("k").ValueKind);
    }

    public static TheoryData<string, string[]> BadInputs => new()
    {
        { "k = 0", ["measure", "--k", "0"] },
        { "negative noise", ["measure", "--noise", "-1"] },
        { "unknown activation", ["measure", "--activation", "swish"] },
        { "weight scale zero", ["measure", "--weights-sd", "0"] },
        { "weight scale not a number", ["measure", "--weights-sd", "abc"] },
        { "weight scale infinite", ["measure", "--weights-sd", "Infinity"] },
        { "unknown target", ["measure", "--target", "quadratic"] },
        { "NaN noise", ["measure", "--noise", "NaN"] },
        { "NaN ridge", ["measure", "--ridge", "nan"] },
        { "not a number", ["measure", "--d", "ten"] },
        { "unknown model", ["measure", "--model", "cnn"] },
        { "unknown law", ["measure", "--law", "uniform"] },
        { "numeric law", ["measure", "--law", "1"] },
        { "n too large for memory", ["measure", "--n", "5000000", "--k", "1000"] },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public void BadInput_ExitsTwo_WithOneLineAndNoStackTrace(string why, string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.True(run.ExitCode == 2, $"{why}: {run}");
        Assert.True(run.StderrLines.Length == 1, $"{why}: {run.StderrLines.Length} stderr lines: {run.Stderr}");
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}

using System.Text.Json;

namespace RobustMem.Tests.Cli;

/// <summary>An option the chosen model does not read is refused with one line, and the JSON states the values the run used.</summary>
public sealed class OptionsThatDoNotApplyTests
{
    [Theory]
    [InlineData("rf-kernel")]
    [InlineData("ntk-kernel")]
    public void WidthOfAKernel_IsRefused_NotIgnored(string kernel)
    {
        var run = InProcessCli.Run("measure", "--model", kernel, "--k", "50");
        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal($"robustmem: --k is the width of a finite model; {kernel} has none (k = ∞): drop --k, or choose a finite model (rf or ntk).", Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("rf", 16, null, 0.25)]
    [InlineData("rf-kernel", 25, null, 0.2)]
    [InlineData("ntk", 16, "1", 1.0)]
    public void WeightsSd_IsTheScaleUsed_OneOverRootDByDefault(string model, int d, string? given, double used)
    {
        string[] args = ["measure", "--model", model, "--d", $"{d}", "--n", "10", "--test-points", "20",
            .. model.EndsWith("kernel", StringComparison.Ordinal) ? Array.Empty<string>() : ["--k", "4"],
            .. given is null ? Array.Empty<string>() : ["--weights-sd", given]];
        var run = InProcessCli.Run(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(used, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("weights_sd").GetDouble());
    }
}

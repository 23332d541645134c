using System.Text.Json;

namespace RobustMem.Tests.Cli;

/// <summary>One seed vocabulary across commands: <c>--seed</c> the first seed, <c>--seeds</c> how many, one range each, refused alike.</summary>
public sealed class SeedVocabularyTests
{
    private static readonly string[] Tiny = ["measure", "--d", "5", "--k", "10", "--n", "10", "--test-points", "20"];

    [Theory]
    [InlineData("measure", "-1", "robustmem: --seed must be in [0, 999999], got -1.")]
    [InlineData("laws", "-1", "robustmem: --seed must be in [0, 999999], got -1.")]
    [InlineData("measure", "1000000", "robustmem: --seed must be in [0, 999999], got 1000000.")]
    [InlineData("laws", "1000000", "robustmem: --seed must be in [0, 999999], got 1000000.")]
    [InlineData("measure", "x", "robustmem: --seed takes an integer, got 'x'.")]
    public void Seed_HasOneRange_InEveryCommand(string command, string value, string expected) => Refused(expected, command, "--seed", value);

    [Theory]
    [InlineData("measure", "0", "robustmem: --seeds must be in [1, 100], got 0.")]
    [InlineData("reproduce", "0", "robustmem: --seeds must be in [1, 100], got 0.")]
    [InlineData("measure", "101", "robustmem: --seeds must be in [1, 100], got 101.")]
    [InlineData("reproduce", "101", "robustmem: --seeds must be in [1, 100], got 101.")]
    public void Seeds_HasOneRange_InEveryCommand(string command, string value, string expected) => Refused(expected, command, "--seeds", value);

    [Theory]
    [InlineData("robustmem: --seed is not an option of this command: reproduce runs seeds 0..N−1 of --seeds N", "reproduce", "--seed", "4")]
    [InlineData("robustmem: --seeds is not an option of this command: laws checks each law on one regime, at --seed S", "laws", "--seeds", "3")]
    [InlineData("robustmem: --seed 999999 --seeds 2 runs past seed 999999", "measure", "--seed", "999999", "--seeds", "2")]
    public void ASeedOptionACommandCannotTake_IsRefusedWithWhy(string start, params string[] args)
    {
        var run = InProcessCli.Run(args);
        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith(start, Assert.Single(run.StderrLines));
    }

    [Fact]
    public void MeasureSeeds_RunsTheSeedsFromTheFirst_EachAsMeasureSeedWould()
    {
        var both = InProcessCli.Run([.. Tiny, "--seed", "4", "--seeds", "2", "--repeats", "2"]);
        Assert.True(both.ExitCode == 0, both.ToString());
        var lines = both.Stdout.TrimEnd('\n').Split('\n');
        var keys = lines.Select(l => JsonDocument.Parse(l).RootElement).Select(j => (j.GetProperty("seed").GetInt32(), j.GetProperty("repeat").GetInt32()));
        Assert.Equal([(4, 0), (4, 1), (5, 0), (5, 1)], keys);
        var five = InProcessCli.Run([.. Tiny, "--seed", "5", "--repeats", "2"]);
        Assert.Equal(five.Stdout.TrimEnd('\n').Split('\n'), lines[2..]);
    }

    private static void Refused(string expected, params string[] args)
    {
        var run = InProcessCli.Run(args);
        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal(expected, Assert.Single(run.StderrLines));
    }
}

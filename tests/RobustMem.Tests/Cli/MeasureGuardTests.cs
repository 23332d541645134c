namespace RobustMem.Tests.Cli;

/// <summary>measure's guard (issue 19): a time estimate of the chosen route, a refusal that names what would run, one line, exit 2.</summary>
public sealed class MeasureGuardTests
{
    private static readonly string[] LargestRf =
        ["measure", "--model", "rf", "--activation", "tanh", "--law", "gaussian", "--d", "1000", "--n", "1200", "--k", "200000", "--weights-sd", "1", "--target", "none"];

    [Fact]
    public void TheLargestRfPoint_WithEveryField_IsRefused_NamingFieldsThatRun()
    {
        var run = InProcessCli.Run(LargestRf);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("too long: about", run.Stderr);
        Assert.Contains("streamed route", run.Stderr);
        Assert.Contains("--fields ", run.Stderr);
        Assert.Contains("--allow-long", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void TooManyRepeats_AreRefused_NamingTheRepeatsThatRun()
    {
        var run = InProcessCli.Run(["measure", "--d", "500", "--k", "3000", "--n", "2000", "--test-points", "2000", "--repeats", "300"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Matches("--repeats [0-9]+ runs", run.Stderr);
    }

    [Fact]
    public void TooManySeeds_AreRefused_NamingTheSeedsThatRun()
    {
        // Seeds and repeats are counted apart: the guard multiplies them, and its suggestion changes --seeds, not --repeats.
        // 100 runs (300 repeats above) of a regime that takes seconds: refused at any rate this box has measured, loaded or quiet.
        var run = InProcessCli.Run(["measure", "--d", "500", "--k", "3000", "--n", "2000", "--test-points", "2000", "--seeds", "100"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("100 runs (100 seeds × 1 repeats)", run.Stderr);
        Assert.Matches("--seeds [0-9]+ runs", run.Stderr);
    }

    [Theory]
    [InlineData("bogus", "unknown field 'bogus'")]
    [InlineData("sobolev,", "unknown field ''")]
    public void AnUnknownField_IsOneLine_Exit2(string fields, string fragment)
    {
        var run = InProcessCli.Run(["measure", "--fields", fields]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(fragment, run.Stderr);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

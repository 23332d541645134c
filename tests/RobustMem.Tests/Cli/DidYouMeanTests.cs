using RobustMem.Cli.Parsing;

namespace RobustMem.Tests.Cli;

/// <summary>A mistyped command or option gets exit 2 and one line naming what was meant, or where the names are listed.</summary>
public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("robustmem: unknown command 'mesure'; did you mean 'measure'?", "mesure")]
    [InlineData("robustmem: unknown command 'lwas'; did you mean 'laws'?", "lwas")]
    [InlineData("robustmem: unknown option '--modle' for robustmem measure; did you mean '--model'?", "measure", "--modle", "rf")]
    [InlineData("robustmem: unknown option '--test' for robustmem measure; did you mean '--test-points'?", "measure", "--test", "5")]
    [InlineData("robustmem: unexpected argument 'model' for robustmem measure; did you mean '--model'?", "measure", "model", "rf")]
    [InlineData("robustmem: unknown option '--figrue' for robustmem reproduce; did you mean '--figure'?", "reproduce", "--figrue", "ridge")]
    [InlineData("robustmem: unknown command 'xyz'; the commands are measure, reproduce, merge and laws.", "xyz")]
    [InlineData("robustmem: unknown option '--bogus' for robustmem measure (see robustmem measure --help).", "measure", "--bogus")]
    [InlineData("robustmem: no command given; the commands are measure, reproduce, merge and laws (see robustmem --help).")]
    public void UnknownName_ExitsTwo_WithOneLine(string expected, params string[] args)
    {
        var run = InProcessCli.Run(args);
        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal(expected, Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("mesure", "measure")]
    [InlineData("--modle", "--model")]
    [InlineData("-model", "--model")]
    [InlineData("--Seeds", "--seeds")]
    public void Nearest_FindsTheNameMeant(string typed, string meant) =>
        Assert.Equal([meant], Spelling.Nearest(typed, ["measure", "merge", "--model", "--seeds", "--seed-list", "--n"]));

    [Theory]
    [InlineData("--xyzzy")]   // far from every name
    [InlineData("--se")]      // the start of two names: no guess
    [InlineData("")]
    public void Nearest_GuessesNothing_WhenNoNameIsNear(string typed) =>
        Assert.Empty(Spelling.Nearest(typed, ["--seed", "--seeds-of", "--noise"]));

    [Fact]
    public void Distance_CountsASwapAsOneEdit() =>
        Assert.Equal((1, 1, 2, 0), (Spelling.Distance("modle", "model"), Spelling.Distance("mesure", "measure"), Spelling.Distance("abc", "bca"), Spelling.Distance("k", "k")));
}

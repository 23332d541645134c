using System.Text.Json;
using RobustMem.Laws;

namespace RobustMem.Tests.Cli;

/// <summary><c>robustmem laws</c> as a user runs it: one real run on the cheapest model class, and bad values refused with exit 2 and one line.</summary>
public sealed class LawsCommandTests
{
    [Fact]
    public void OnTheRandomFeatureKernel_ChecksDohmatobsLaw_AndSaysWhyTheOthersDoNotApply()
    {
        // The rf kernel is the cheapest model class: one ScalingCheck of claim I-RF at n = 20 and 80 (a fraction of a second).
        var run = InProcessCli.Run("laws", "--model", "rf-kernel", "--format", "json", "--seed", "3", "--show-not-applicable");
        Assert.True(run.ExitCode == 0, run.ToString());
        var laws = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("laws").EnumerateArray().ToList();
        Assert.Equal(Law.All.Select(l => l.Name), laws.Select(l => l.GetProperty("law").GetString()));
        Assert.All(laws, l => Assert.Equal("rf-kernel", l.GetProperty("model").GetString()));
        var dohmatob = Assert.Single(laws, l => l.GetProperty("applicable").GetBoolean());
        Assert.Equal("I-RF", dohmatob.GetProperty("claim").GetString());
        Assert.Contains("seed 3", dohmatob.GetProperty("regime").GetString());
        Assert.True(dohmatob.GetProperty("passed").GetBoolean(), dohmatob.ToString());
        Assert.Equal("holds", dohmatob.GetProperty("lower_bound").GetProperty("result").GetString());
        Assert.Equal("attained", dohmatob.GetProperty("tightness").GetProperty("result").GetString());
        Assert.True(dohmatob.GetProperty("lower_bound").GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "ratio_at_4n").GetProperty("value").GetDouble() > 0);
        Assert.All(laws.Where(l => !l.GetProperty("applicable").GetBoolean()), l => Assert.StartsWith("not applicable: ", l.GetProperty("why_not").GetString()));
        Assert.Contains("[1/1] rf-kernel, dohmatob (claim I-RF)", run.Stderr);
    }

    [Fact]
    public void ByDefault_TheNotApplicablePairsAreLeftOut_AndTheLastLineSaysSo()
    {
        var run = InProcessCli.Run("laws", "--model", "rf-kernel", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var records = CsvRecords.Parse(run.Stdout);
        Assert.Equal(2, records.Count);   // the header and Dohmatob's law, the only one that applies to a kernel
        Assert.Equal(("rf-kernel", "dohmatob", "true"), (records[1][0], records[1][1], records[1][4]));
        Assert.EndsWith($"; {Law.All.Count - 1} not applicable, not listed (--show-not-applicable lists them with why)", run.StderrLines[^1]);
    }

    [Fact]
    public void SameSeed_GivesTheSameTable()
    {
        var a = InProcessCli.Run("laws", "--model", "rf-kernel", "--format", "markdown");
        var b = InProcessCli.Run("laws", "--model", "rf-kernel", "--format", "markdown");
        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.Equal(a.Stdout, b.Stdout);
        Assert.StartsWith("| model | law (source) |", a.Stdout);
    }

    [Theory]
    [InlineData("--format", "xml", "robustmem: unknown --format 'xml'")]
    [InlineData("--model", "mlp", "robustmem: unknown model 'mlp'")]
    [InlineData("--seed", "-1", "robustmem: --seed must be in [0, 999999], got -1.")]
    [InlineData("--seed", "1000000", "robustmem: --seed must be in [0, 999999], got 1000000.")]
    [InlineData("--seed", "abc", "robustmem: ")]
    public void BadValue_ExitsTwo_WithOneLine_BeforeAnyFit(string option, string value, string message)
    {
        var run = InProcessCli.Run("laws", option, value);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.StartsWith(message, Assert.Single(run.StderrLines));
    }
}

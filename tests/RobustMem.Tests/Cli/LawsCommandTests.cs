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
        var run = InProcessCli.Run("laws", "--model", "rf-kernel", "--format", "json", "--seed", "3");
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
        var figures = dohmatob.GetProperty("lower_bound").GetProperty("figures").EnumerateArray().ToList();
        Assert.True(Assert.Single(figures, f => f.GetProperty("figure").GetString() == "S/√n at 4n").GetProperty("value").GetDouble() > 0);
        // Every key of every row is an identifier: the figures' prose labels are values.
        Assert.All(laws.SelectMany(Keys), k => Assert.Matches("^[a-z][a-z0-9_]*$", k));
        Assert.All(laws.Where(l => !l.GetProperty("applicable").GetBoolean()), l => Assert.StartsWith("not applicable: ", l.GetProperty("why_not").GetString()));
        Assert.Contains("[1/1] rf-kernel, dohmatob (claim I-RF)", run.Stderr);
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
    [InlineData("--seed", "-1", "robustmem: seed must be in [0, 999999]")]
    [InlineData("--seed", "1000000", "robustmem: seed must be in [0, 999999]")]
    [InlineData("--seed", "abc", "robustmem: ")]
    public void BadValue_ExitsTwo_WithOneLine_BeforeAnyFit(string option, string value, string message)
    {
        var run = InProcessCli.Run("laws", option, value);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.StartsWith(message, Assert.Single(run.StderrLines));
    }

    private static IEnumerable<string> Keys(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Keys(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Keys),
        _ => [],
    };
}

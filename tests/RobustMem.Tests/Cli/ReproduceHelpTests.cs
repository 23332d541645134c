using RobustMem.Figures;

namespace RobustMem.Tests.Cli;

/// <summary>The help names the program as users type it, and <c>reproduce</c> lists every figure in its help and its refusal.</summary>
public sealed class ReproduceHelpTests
{
    // From the catalogues themselves, not from the CLI's list: a figure added to either must show up in both places.
    private static readonly string[] Figures =
    [
        .. FigureCatalog.Figures(FigureScale.Default).Select(f => f.Name),
        .. FigureCatalog.OnlyWhenNamed(FigureScale.Default).SelectMany(f => new[] { f.Name, f.Name + SharperLawFigures.RealSuffix }),
    ];

    [Fact]
    public void Catalogues_HoldElevenFigures() => Assert.Equal(11, Figures.Distinct().Count());

    [Fact]
    public void ReproduceHelp_ListsEveryFigure_AndTheUsageSaysRobustmem()
    {
        var run = InProcessCli.Run("reproduce", "--help");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:\n  robustmem reproduce [options]", run.Stdout);
        string figureHelp = Assert.Single(run.Stdout.Split('\n'), l => l.TrimStart().StartsWith("--figure", StringComparison.Ordinal));
        Assert.All(Figures, f => Assert.Contains(f, figureHelp));
    }

    [Fact]
    public void RootHelp_SaysRobustmem_NotTheAssembly()
    {
        var run = InProcessCli.Run("--help");
        Assert.Contains("Usage:\n  robustmem [command] [options]", run.Stdout);
        Assert.DoesNotContain("RobustMem.Cli", run.Stdout);
    }

    [Fact]
    public void UnknownFigure_ListsAllOfThem_OnOneLine()
    {
        var run = InProcessCli.Run("reproduce", "--figure", "nope", "--out", Path.Combine(Path.GetTempPath(), "robustmem-never-" + Guid.NewGuid().ToString("N")));
        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        string line = Assert.Single(run.StderrLines);
        Assert.StartsWith("robustmem: unknown figure 'nope'; the 11 figures are ", line);
        Assert.All(Figures, f => Assert.Contains(f, line));
    }
}

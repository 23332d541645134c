using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Cli.Figures;
using RobustMem.Figures;
using RobustMem.Tests.Curves;
using RobustMem.Verdicts;

namespace RobustMem.Tests.Cli;

/// <summary>summary.md reads in one screen: its verdict table comes first and fits 40 lines, each rule is stated once, and an undecided row names the run that would decide it.</summary>
public sealed class SummaryMarkdownTests
{
    [Fact]
    public void VerdictTableFirst_AtMost40Lines_EachRuleOnce()
    {
        var text = SummaryMarkdown.Format(FigureScale.Default, 3, "test", Results());
        var lines = text.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith("| claim | figure |", StringComparison.Ordinal));
        int end = Array.FindIndex(lines, header, l => l.Length == 0);
        Assert.True(header is > 0 and < 5, "the verdict table opens the summary");
        Assert.InRange(end, header + 3, 40);
        Assert.Equal(1, Occurrences(text, ExponentVerdicts.Rule));
        Assert.Contains("decide with `./robustmem reproduce --figure kernels --seeds 24`", text);
        Assert.Contains("| I-RF | [kernels](kernels.png) | rf-kernel-relu-d300 | holds | attained |", text);
    }

    [Fact]
    public void FalseVerdictRate_IsRenderedFromItsDataFile_OrSaidToBeMissing()
    {
        string csv = "# date: 2026-12-02T15:00Z; machine: 2 cores\n# replicate r: default plan with seeds 1200 + 40r onwards; bound rows only\nfigure,row,expected_tightness,runs,false_lower_bound,false_tightness,false,false_upper95,undetermined,undetermined_upper95\n" +
                     "all,rows,,180,0,0,0,0.016,2,0.0258\nall,runs,,10,,,0,0.259,2,0.507\n";
        string sentence = FalseVerdictRate.Sentence(csv);
        Assert.Contains("0 of 180 bound rows (95 % upper bound 1.6 %), in 0 of 10 runs (25.9 %)", sentence);
        Assert.Contains("undetermined: 2 of 180 rows", sentence);
        Assert.Contains("seeds from 1200", sentence);
        Assert.Contains("not measured", FalseVerdictRate.Sentence(null));
    }

    /// <summary>A figure reported beside what the laws say (the sharper laws') gets its trend table, per curve, and no verdicts.</summary>
    [Fact]
    public void AReportedFigure_GetsItsTrendTable_NotAVerdictTable()
    {
        var (figure, curves) = Plateau();
        var text = SummaryMarkdown.Format(FigureScale.Snapshot, 1, "test", [(figure, curves, [])]);
        Assert.StartsWith("# robustmem reproduce: sensitivity-rf\n\nScale: snapshot; seeds 0..0; backend test. Reported, not judged", text);
        Assert.Contains("| [tanh](sensitivity-rf-tanh.png) | 16 | 64…1024 | 0.000 | 5 | 5 | 1.000 | 5 |", text);
        Assert.Contains(figure.Expected!(RobustMem.Activations.Activation.Cos), text);
        Assert.Contains("weight rows N(0, I_d)", text);
        Assert.DoesNotContain("| claim | figure |", text);
    }

    [Fact]
    public void AReportedFigure_BesideJudgedOnes_IsRefused()
    {
        var (figure, curves) = Plateau();
        var judged = Results()[0];
        Assert.Throws<ArgumentException>(() => SummaryMarkdown.Format(FigureScale.Default, 3, "test", [judged, (figure, curves, [])]));
    }

    // S = 5 at every width and for the kernel, against a bound of 1: slope 0, S/S(∞) = 1.
    private static (FigureSpec, IReadOnlyList<Curve>) Plateau()
    {
        var figure = FigureCatalog.OnlyWhenNamed(FigureScale.Snapshot).Single(f => f.Name == "sensitivity-rf");
        var curves = figure.Curves.Select(c => new Curve(c, c.Sweep.Points(c).Select(k =>
            new CurvePoint(c.Base.N, 0, double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false)
            { K = k, Parameters = k, Sensitivity = 5, UniversalBound = k is null ? null : 1 }).ToArray())).ToArray();
        return (figure, curves);
    }

    private static List<(FigureSpec, IReadOnlyList<Curve>, IReadOnlyList<CurveVerdict>)> Results()
    {
        var sqrt = SyntheticCurves.Of(SyntheticCurves.RandomFeatureKernel, SyntheticCurves.KernelGrid, (n, _) => 0.7 * Math.Sqrt(n));
        var shortNoisy = SyntheticCurves.Of(SyntheticCurves.RandomFeatureKernel, [10, 12, 14, 17, 20], (n, _) => Math.Pow(n, 0.25), scatter: 0.2);
        var kernels = FigureCatalog.Figures(FigureScale.Default).Single(f => f.Name == "kernels");
        IReadOnlyList<CurveVerdict> verdicts = Enumerable.Range(0, 15).Select(_ => ExponentVerdicts.InN(Claim.InfiniteRandomFeatures, "kernels", sqrt))
            .Append(ExponentVerdicts.InN(Claim.InfiniteRandomFeatures, "kernels", shortNoisy))
            .Append(new CurveVerdict(Claim.NoiseNecessary, "kernels", true, "evidence", "a level rule") { Headline = "11×" }).ToArray();
        return [(kernels, [], verdicts)];
    }

    private static int Occurrences(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

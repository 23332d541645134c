using RobustMem.Claims;
using RobustMem.Figures;
using RobustMem.Verdicts;

namespace RobustMem.Tests.Verdicts;

/// <summary>
/// <see cref="CurveJudges"/> is the one place that says how a claim judges curves: every claim has a judge, only the
/// claims whose models have a width compare widths, and an unknown claim is refused with the known ones listed.
/// </summary>
public sealed class CurveJudgesTests
{
    /// <summary>Every claim a figure names has a judge. The sharper laws' claims have no figure yet, so none.</summary>
    [Fact]
    public void EveryClaimOfAFigure_HasAJudge()
    {
        var named = new[] { FigureScale.Default, FigureScale.Full }.SelectMany(FigureCatalog.Figures).SelectMany(f => f.Claims).Distinct().ToList();
        Assert.NotEmpty(named);
        foreach (var id in named) Assert.Same(Claim.ById(id), CurveJudges.Of(id).Claim);
        foreach (var claim in Claim.All.Where(c => !named.Contains(c.Id)))
            Assert.Throws<ArgumentException>(() => CurveJudges.Of(claim.Id));
    }

    [Fact]
    public void OnlyFiniteWidthBounds_CompareWidths() => Assert.Equal("II and III", CurveJudges.WithWidths);

    [Fact]
    public void UnknownClaim_IsRefused_NamingTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => CurveJudges.Of("Z"));
        Assert.Contains("no curve judge for claim 'Z'; known: M, N, R, T, G, I-RF, I-NTK, II, III.", e.Message, StringComparison.Ordinal);
    }
}

using RobustMem.Claims;
using RobustMem.Verdicts;

namespace RobustMem.Tests.Verdicts;

/// <summary>
/// <see cref="CurveJudges"/> is the one place that says how a claim judges curves: every claim has a judge, only the
/// claims whose models have a width compare widths, and an unknown claim is refused with the known ones listed.
/// </summary>
public sealed class CurveJudgesTests
{
    [Fact]
    public void EveryClaim_HasAJudge()
    {
        foreach (var claim in Claim.All) Assert.Same(claim, CurveJudges.Of(claim.Id).Claim);
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

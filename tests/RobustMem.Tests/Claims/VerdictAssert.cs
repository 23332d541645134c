using RobustMem.Claims;

namespace RobustMem.Tests.Claims;

/// <summary>What every check test asserts first: the verdict passed with the results its parts decide, and its figures agree.</summary>
internal static class VerdictAssert
{
    /// <summary>Passed, with the lower bound's and tightness's own results; returns the figures for the check's own asserts.</summary>
    public static IReadOnlyDictionary<string, double> Passes(ClaimVerdict verdict, BoundResult bound, TightnessResult tightness)
    {
        Assert.True(verdict.Passed, verdict.Message);
        Assert.Equal(bound, verdict.LowerBound);
        Assert.Equal(tightness, verdict.Tightness);
        return verdict.Figures;
    }

    /// <summary>A reported quotient is the quotient of the two reported figures it is made of.</summary>
    public static void IsQuotient(IReadOnlyDictionary<string, double> figures, string quotient, string numerator, string denominator) =>
        Assert.Equal(figures[numerator] / figures[denominator], figures[quotient], 12);

    /// <summary>The one condition whose line starts (after its status) with <paramref name="text"/> held exactly when <paramref name="expected"/>.</summary>
    public static void HeldIff(ClaimVerdict verdict, string text, bool expected) =>
        Assert.Single(verdict.Conditions, c => c.StartsWith((expected ? "[ok] " : "[VIOLATED] ") + text));
}

using System.Globalization;
using RobustMem.Claims;

namespace RobustMem.Verdicts;

/// <summary>Reads a lower-bound and a tightness result off a fitted exponent of S/bound and its confidence interval.</summary>
/// <remarks>
/// A result is given only when the whole interval lies on one side of each edge of the band: an interval that straddles
/// an edge is undetermined, and the note says whether the window is too short (the interval is wider than the tight band
/// itself, so no measurement in this window could decide) or the exponent merely sits on the edge.
/// </remarks>
internal static class ExponentJudge
{
    /// <summary>Holds when the interval lies in <see cref="ExponentBands.LowerBound"/>, violated when it lies wholly below it.</summary>
    public static (BoundResult Result, string Note) LowerBound(FittedExponent e)
    {
        var band = ExponentBands.LowerBound;
        if (double.IsNaN(e.Value)) return (BoundResult.Undetermined, e.Spread);
        if (e.Lower >= band.Lower) return (BoundResult.Holds, "");
        if (e.Upper < band.Lower) return (BoundResult.Violated, "");
        return (BoundResult.Undetermined, Straddles(e, band.Lower));
    }

    /// <summary>Attained when the interval lies in <see cref="ExponentBands.Tight"/>, not attained when it misses it entirely.</summary>
    public static (TightnessResult Result, string Note) Tightness(FittedExponent e)
    {
        var band = ExponentBands.Tight;
        if (double.IsNaN(e.Value)) return (TightnessResult.Unresolved, e.Spread);
        if (e.Lower >= band.Lower && e.Upper <= band.Upper) return (TightnessResult.Attained, "");
        if (e.Upper < band.Lower || e.Lower > band.Upper) return (TightnessResult.NotAttained, "");
        return (TightnessResult.Unresolved, Straddles(e, e.Lower < band.Lower ? band.Lower : band.Upper));
    }

    /// <summary>
    /// One-sided tightness, for a ratio whose fall is no refutation: attained when the interval lies below the tight
    /// band's upper edge (S/bound does not grow), not attained when it lies wholly above it.
    /// </summary>
    public static (TightnessResult Result, string Note) BoundedAbove(FittedExponent e)
    {
        double edge = ExponentBands.Tight.Upper;
        if (double.IsNaN(e.Value)) return (TightnessResult.Unresolved, e.Spread);
        if (e.Upper <= edge) return (TightnessResult.Attained, "");
        if (e.Lower > edge) return (TightnessResult.NotAttained, "");
        return (TightnessResult.Unresolved, Straddles(e, edge));
    }

    /// <summary>True when the interval reaches into the band.</summary>
    public static bool Meets(FittedExponent e, Band band) => e.Upper >= band.Lower && e.Lower <= band.Upper;

    private static string Straddles(FittedExponent e, double edge)
    {
        double tight = ExponentBands.Tight.Upper - ExponentBands.Tight.Lower;
        return e.Width > tight
            ? F($"window too short: interval width {e.Width:G2} > {tight:G2}, the width of the tight band")
            : F($"the interval straddles the edge {edge:G2}");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

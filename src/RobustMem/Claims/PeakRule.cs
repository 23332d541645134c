using RobustMem.Curves;

namespace RobustMem.Claims;

/// <summary>Claim M's rule, the one place it is written: a peak of S and of the test error within 10% of the predicted threshold, standing above both sides.</summary>
/// <remarks>The claim-M property (properties/MultipleDescentCheck.cs) and the curve verdict (Verdicts/CurveVerdicts.cs) both call it.</remarks>
internal static class PeakRule
{
    /// <summary>Relative distance of a peak from its predicted n (THEORY.md §2: thresholds ±10%).</summary>
    public const double Tolerance = 0.1;

    /// <summary>A peak must stand this many times above the lowest value on each side of it within [t/2, 2t].</summary>
    /// <remarks>
    /// Calibrated on the reproduce curves (3 seeds): S peaks measured 3.3 (erf/tanh at d) to 250 (quadratic at k)
    /// times above their sides; the large-ridge control sits at 1.0. 2 lies between with room on both sides.
    /// </remarks>
    public const double MinProminence = 2;

    /// <summary>The n = d bump of erf/tanh random features must stand this many times above both sides.</summary>
    /// <remarks>
    /// It is a bump, not a blow-up: the cubic part of the features (O(1/d)) keeps Z away from singular at n = d. Seed
    /// means measured at d = 41–60: prominence 1.82, 1.95, 2.0, 3.3, all above the large-ridge control's 1.0, but too
    /// close to 2 for the threshold peaks' bar. 1.5 is the midpoint between the control and the lowest measured.
    /// </remarks>
    public const double MinProminenceAtInputDimension = 1.5;

    /// <summary>The peaks of the seed-mean S and test error near <paramref name="predicted"/>, and whether both are at it.</summary>
    /// <param name="curve">The swept curve.</param>
    /// <param name="predicted">The predicted threshold (<see cref="InterpolationThresholds"/>).</param>
    /// <param name="minProminence"><see cref="MinProminence"/>, or <see cref="MinProminenceAtInputDimension"/> for the n = d bump.</param>
    public static (bool Holds, Peak Sobolev, Peak TestError) At(Curve curve, int predicted, double minProminence)
    {
        var s = PeakFinder.OfSobolev(curve, predicted);
        var e = PeakFinder.OfTestError(curve, predicted);
        return (s.IsAt(predicted, Tolerance, minProminence) && e.IsAt(predicted, Tolerance, minProminence), s, e);
    }

    /// <summary>Whether the seed-mean S has a peak at <paramref name="predicted"/>: the ridge verdict asks that a large ridge removes it.</summary>
    public static (bool Holds, Peak Sobolev) OfSobolevAt(Curve curve, int predicted)
    {
        var s = PeakFinder.OfSobolev(curve, predicted);
        return (s.IsAt(predicted, Tolerance, MinProminence), s);
    }
}

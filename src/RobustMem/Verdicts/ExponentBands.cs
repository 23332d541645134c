using RobustMem.Claims;

namespace RobustMem.Verdicts;

/// <summary>Where the fitted exponent of S/bound must lie: every edge a named constant with its origin.</summary>
/// <remarks>
/// A bound that is attained makes S/bound flat: its exponent in n (and in k) is 0. The lower bound asks that it not
/// fall, tightness that it neither fall nor rise, both up to <see cref="Tolerance"/>. A verdict is given only when the
/// whole confidence interval (<see cref="ExponentFit"/>) lies on one side of an edge; otherwise it is undetermined.
/// </remarks>
internal static class ExponentBands
{
    /// <summary>How far a finite-size exponent of S/bound may sit from 0 before it counts against the claim.</summary>
    /// <remarks>
    /// THEORY.md §2: correct runs of the published code fit slopes of S against n down to about 0.35 = 0.5 − 0.15. The
    /// same distance above is allowed because the window keeps n ≤ threshold/2, away from the runs near a threshold that
    /// reach 0.8. 0.15 is less than half the distance from 0.5 to the negative control 0.25, and from the paper's k-exponent
    /// −1/2 to the plateau 0, so each is told apart from the claim by an interval narrower than 0.2.
    /// </remarks>
    public const double Tolerance = 0.15;

    /// <summary>Origin of <see cref="Tolerance"/>, for the rule column.</summary>
    public const string ToleranceOrigin = "THEORY.md §2: correct finite-size slopes reach down to 0.35 = 0.5 − 0.15";

    /// <summary>Exponent of S/bound for which the lower bound holds: not falling by more than the tolerance.</summary>
    public static Band LowerBound { get; } = new(-Tolerance, double.PositiveInfinity, ToleranceOrigin);

    /// <summary>Exponent of S/bound for which min-norm attains the bound: flat up to the tolerance.</summary>
    public static Band Tight { get; } = new(-Tolerance, Tolerance, ToleranceOrigin + ", the same above");

    /// <summary>
    /// The k-exponent γ of S (S ∝ k^γ at equal n) where NTK min-norm plateaus instead of following √(n/k): γ = 0, up to the tolerance.
    /// </summary>
    /// <remarks>Bombari, Kiyani &amp; Mondelli 2023 (arXiv:2302.01629): NTK with a non-even activation; THEORY.md §5 (shared copy).</remarks>
    public static Band Plateau { get; } = new(-Tolerance, Tolerance, "Bombari et al. 2023: γ = 0 for non-even NTK, ± the tolerance");
}

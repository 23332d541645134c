using RobustMem.Claims;

namespace RobustMem.Verdicts;

/// <summary>The levels claims N and R are judged by from swept curves, each a <see cref="Band"/> with its origin.</summary>
/// <remarks>The bounds' edges are <see cref="ExponentBands"/>; the peaks' are <see cref="PeakRule"/>.</remarks>
internal static class CurveBands
{
    /// <summary>Claim N: without noise, max S over the curve in units of ‖w*‖ = 1.</summary>
    public static Band Noiseless { get; } = new(0, 3,
        "THEORY.md §2: S stays O(‖w*‖) at σ = 0; 3‖w*‖ leaves room for the finite-size constant");

    /// <summary>Claim N: S/√n with noise over S/√n without, at the largest n.</summary>
    public static Band NoiseSeparation { get; } = new(5, double.PositiveInfinity,
        "THEORY.md §2 asks for S/√n ≫ the σ = 0 level; the default run measures 11×, the snapshot scale more");

    /// <summary>Claim R: |ΔS|/S between a ridge at the λ → 0 end of the path and min-norm, in the window.</summary>
    public static Band RidgePath { get; } = new(0, 0.05,
        "FigureCatalog's λ = 1e-8 moves S by 6e-4 (default run); 1e-6 moved it by 5% at n = k/2, which is what this edge refuses");

    /// <summary>Claim R: a large ridge's max S over min-norm's max S (the peak at k).</summary>
    public static Band LargeRidgeLevel { get; } = new(0, 0.25,
        "set by hand: the default run's λ = 1 keeps it at 1e-5 of min-norm's, so the edge only refuses a ridge that does not act");

    /// <summary>Claim R: a large ridge's smallest training error over σ²: it does not memorize.</summary>
    public static Band LargeRidgeTrain { get; } = new(0.5, double.PositiveInfinity,
        "memorization is training error ≤ σ² − δ (THEORY.md §2); half of σ² is far from the 0 of an interpolator");
}

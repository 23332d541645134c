namespace RobustMem.Snapshots;

/// <summary>Per-column tolerances |obtained − expected| ≤ atol + rtol·|expected|, pytest-regressions style, with their origin.</summary>
/// <remarks>
/// rtol of a column is a quarter of its seed spread: the median over the snapshot grids of the relative standard
/// deviation across seeds 0–7 (measured by <c>SnapshotCalibration</c>, which <see cref="SnapshotToleranceTests"/> re-runs).
/// A change smaller than a quarter of what a different seed does is numerical noise (BLAS order, backend); anything
/// larger is a real move of the curve. Measured medians (seeds 0–7, the seven snapshot curves, 2026-11-25): S 0.254,
/// S_stderr 0.351, test error 0.276, train error 0.28 (points past the threshold), S*(0) 0.265; a quarter of each is
/// below the 10% move the perturbation test must catch.
/// </remarks>
public static class SnapshotTolerances
{
    /// <summary>Fraction of the seed spread allowed as tolerance.</summary>
    public const double FractionOfSeedSpread = 0.25;

    /// <summary>(atol, rtol) by column.</summary>
    public static readonly IReadOnlyDictionary<string, (double Atol, double Rtol)> ByColumn = new Dictionary<string, (double, double)>
    {
        // S: seed spread 0.254 (median relative sd) → 0.254/4, rounded down.
        ["S"] = (0, 0.06),
        // Monte Carlo standard error of S: seed spread 0.351 → 0.085.
        ["S_stderr"] = (0, 0.085),
        // Test error on fresh points: seed spread 0.276 → 0.065.
        ["test_error"] = (0, 0.065),
        // Interpolating fits leave round-off (1e-30 to 1e-20), which is not a figure: atol 1e-12 treats it as zero;
        // past the threshold the least-squares residual is a figure: seed spread 0.28 → 0.065.
        ["train_error"] = (1e-12, 0.065),
        // The numerical rank is an integer decided by a cut-off: exact.
        ["rank"] = (0, 0),
        // S*(0): seed spread 0.265 → 0.065.
        ["S_star0"] = (0, 0.065),
    };
}

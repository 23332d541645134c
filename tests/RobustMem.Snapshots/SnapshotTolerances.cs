using RobustMem.Schema;

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

    /// <summary>(atol, rtol) by column: the snapshot tolerances of <see cref="MeasurementSchema"/>, where each has its origin.</summary>
    public static readonly IReadOnlyDictionary<string, (double Atol, double Rtol)> ByColumn = MeasurementSchema.Columns
        .Where(c => c.Snapshot is not null).ToDictionary(c => c.Name, c => (c.Snapshot!.Atol, c.Snapshot.Rtol));
}

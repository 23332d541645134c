namespace RobustMem.Schema;

/// <summary>How far a snapshotted column may move: |obtained − expected| ≤ Atol + Rtol·|expected|, with where the numbers come from.</summary>
internal sealed record SnapshotTolerance(double Atol, double Rtol, string Origin);

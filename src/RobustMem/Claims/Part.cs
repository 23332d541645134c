namespace RobustMem.Claims;

/// <summary>
/// Which result of a verdict a condition decides. A lower bound, its tightness and the sanity of the run are separate
/// results (THEORY.md §2, §5): a bound can hold while min-norm does not attain it.
/// </summary>
public enum Part
{
    /// <summary>What the run must satisfy for its numbers to mean anything: well-posed, memorizing, σ̂ in its χ² band, W independent of X.</summary>
    Sanity,
    /// <summary>The lower bound: S/bound does not fall below its floor, and does not shrink as the size grows.</summary>
    LowerBound,
    /// <summary>Tightness: S/bound stays bounded above, i.e. the min-norm interpolator attains the bound.</summary>
    Tightness,
}

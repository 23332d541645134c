namespace RobustMem.Claims;

/// <summary>The lower bound's result on one regime.</summary>
public enum BoundResult
{
    Holds,
    Violated,
    /// <summary>The check has no lower-bound condition (e.g. claim N's level).</summary>
    NotChecked,
    /// <summary>The measurement cannot tell: a fitted exponent's interval straddles the bound's edge (too short a window, too few seeds).</summary>
    Undetermined,
}

namespace RobustMem.Claims;

/// <summary>Whether the min-norm interpolator attains the bound on one regime.</summary>
public enum TightnessResult
{
    /// <summary>S/bound stayed bounded: every tightness condition held.</summary>
    Attained,
    /// <summary>S/bound grew past its band, or (for a refutation) the measured exponent sits where the plateau puts it.</summary>
    NotAttained,
    /// <summary>A refutation whose measured exponent lies in neither the tight band nor the plateau band.</summary>
    Unresolved,
    /// <summary>The check says nothing about tightness (a control's level, claim N).</summary>
    NotApplicable,
}

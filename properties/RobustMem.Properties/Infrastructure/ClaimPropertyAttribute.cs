using FsCheck.Xunit;

namespace RobustMem.Properties.Infrastructure;

/// <summary>An FsCheck property whose number of cases comes from ROBUSTMEM_PROPERTY_CASES (<see cref="PropertyCases"/>).</summary>
/// <remarks>
/// Replay a failure by pasting the pair FsCheck prints after "Falsifiable, after … shrinks)" as
/// <c>[ClaimProperty(Replay = "seed,gamma")]</c>; FsCheck 3 needs an odd gamma, and the pairs it prints always have one.
/// </remarks>
public sealed class ClaimPropertyAttribute : PropertyAttribute
{
    public ClaimPropertyAttribute()
    {
        MaxTest = PropertyCases.Count(unset: PropertyCases.ClaimDefault);
    }
}

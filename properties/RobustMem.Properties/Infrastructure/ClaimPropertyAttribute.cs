using FsCheck.Xunit;

namespace RobustMem.Properties.Infrastructure;

/// <summary>An FsCheck property whose number of cases comes from ROBUSTMEM_PROPERTY_CASES (<see cref="PropertyCases"/>).</summary>
/// <remarks>
/// Replay a failure by pasting the pair FsCheck prints after "Falsifiable, after … shrinks)" as
/// <c>[ClaimProperty(Replay = "seed,gamma")]</c>; FsCheck 3 needs an odd gamma, and the pairs it prints always have one.
/// </remarks>
// xUnit3003 asks a FactAttribute subclass for a [CallerFilePath]/[CallerLineNumber] constructor, to be passed to the base,
// but FsCheck.Xunit.v3 3.6.0's PropertyAttribute has only a parameterless one: there is nothing to forward it to.
#pragma warning disable xUnit3003
public sealed class ClaimPropertyAttribute : PropertyAttribute
#pragma warning restore xUnit3003
{
    public ClaimPropertyAttribute()
    {
        MaxTest = PropertyCases.Count(unset: PropertyCases.ClaimDefault);
    }
}

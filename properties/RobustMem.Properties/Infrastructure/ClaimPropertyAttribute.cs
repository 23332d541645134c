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

    /// <summary>
    /// The thorough profile only: skipped unless <see cref="PropertyCases.Variable"/> is set. For the full-family twins of
    /// cases the default run already asserts on the fast family, which would add seconds to CI for no new mechanism.
    /// </summary>
    public bool Thorough
    {
        get => Skip is not null;
        set => Skip = value && !PropertyCases.IsSet ? $"thorough profile: set {PropertyCases.Variable} to run it" : null;
    }
}

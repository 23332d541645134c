using FsCheck;
using FsCheck.Fluent;
using RobustMem.Properties.Cases;

namespace RobustMem.Properties.Infrastructure;

/// <summary>A case of the registry as the FsCheck property that asserts it.</summary>
public static class ClaimCaseProperty
{
    // The case the last Asserted() on this thread built: PropertyRegistryTests invokes each property method (building an
    // FsCheck property draws and fits nothing) and reads which case it asserts, so the mapping is checked, not hand-kept.
    [ThreadStatic] private static ClaimCase? _lastAsserted;

    /// <summary>Every regime the case's family draws passes its check, or, for a negative control, fails it.</summary>
    public static Property Asserted(this ClaimCase c)
    {
        _lastAsserted = c;
        return Prop.ForAll(c.Family.Arbitrary, regime => c.MustFail ? c.Run(regime).IsRejected(c.Name) : c.Run(regime).Holds(c.Name));
    }

    /// <summary>The case the last <see cref="Asserted"/> on this thread built, and forgets it; null if none since.</summary>
    internal static ClaimCase? TakeLastAsserted()
    {
        var c = _lastAsserted;
        _lastAsserted = null;
        return c;
    }
}

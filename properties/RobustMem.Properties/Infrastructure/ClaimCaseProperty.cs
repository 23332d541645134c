using FsCheck;
using FsCheck.Fluent;
using RobustMem.Properties.Cases;

namespace RobustMem.Properties.Infrastructure;

/// <summary>A case of the registry as the FsCheck property that asserts it.</summary>
public static class ClaimCaseProperty
{
    /// <summary>Every regime the case's family draws passes its check, or, for a negative control, fails it.</summary>
    public static Property Asserted(this ClaimCase c) =>
        Prop.ForAll(c.Family.Arbitrary, regime => c.MustFail ? c.Run(regime).IsRejected() : c.Run(regime).Holds());
}

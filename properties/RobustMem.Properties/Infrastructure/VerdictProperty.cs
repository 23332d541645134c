using FsCheck;
using FsCheck.Fluent;
using RobustMem.Claims;

namespace RobustMem.Properties.Infrastructure;

/// <summary>Turns a <see cref="ClaimVerdict"/> into an FsCheck property whose label carries every number of the check.</summary>
public static class VerdictProperty
{
    private const string ReplayHint =
        "  replay: paste the (seed,gamma) pair of the \"Falsifiable\" line above as [ClaimProperty(Replay = \"seed,gamma\")]";

    /// <summary>Holds when the claim's check passed.</summary>
    public static Property Holds(this ClaimVerdict verdict) =>
        verdict.Passed.Label(verdict.Message + "\n" + ReplayHint)
            .Classify(verdict.Regime.N < 40, "small n")
            .Collect($"{verdict.Regime.Model.ToString()}/{verdict.Regime.Sigma.Name}/{verdict.Regime.Law}");

    /// <summary>Holds when a negative control made the check fail, as it must if the bound is not vacuous.</summary>
    public static Property IsRejected(this ClaimVerdict verdict) =>
        (!verdict.Passed).Label($"negative control {verdict.Control} PASSED claim {verdict.Claim.Id}: the check cannot tell it from the claim's regime\n" +
                                verdict.Message + "\n" + ReplayHint)
            .Collect(verdict.Control.ToString());
}

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
    /// <param name="verdict">The check's outcome.</param>
    /// <param name="ledgerCase">The registry case the ledger files the verdict under; null for the harness's own self-tests, which run a control as if it were the claim.</param>
    public static Property Holds(this ClaimVerdict verdict, string? ledgerCase) =>
        (ledgerCase is null ? verdict : Recorded(verdict, ledgerCase, expectedToPass: true)).Passed.Label(verdict.Message + "\n" + ReplayHint)
            .Classify(verdict.Regime.N < 40, "small n")
            .Collect($"{verdict.Regime.Model.ToString()}/{verdict.Regime.Sigma.Name}/{verdict.Regime.Law}");

    /// <summary>Holds when a negative control made the check fail, as it must if the bound is not vacuous.</summary>
    /// <param name="verdict">The check's outcome under the control.</param>
    /// <param name="ledgerCase">The registry case the ledger files the verdict under.</param>
    public static Property IsRejected(this ClaimVerdict verdict, string ledgerCase) =>
        (!Recorded(verdict, ledgerCase, expectedToPass: false).Passed).Label($"negative control {verdict.Control} PASSED claim {verdict.Claim.Id}: the check cannot tell it from the claim's regime\n" +
                                verdict.Message + "\n" + ReplayHint)
            .Collect(verdict.Control.ToString());

    private static ClaimVerdict Recorded(ClaimVerdict verdict, string ledgerCase, bool expectedToPass)
    {
        ClaimLedger.Record(verdict, ledgerCase, expectedToPass);
        return verdict;
    }
}

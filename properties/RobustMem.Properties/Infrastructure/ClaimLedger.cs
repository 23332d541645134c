using System.Text.Json;
using RobustMem.Checkout;
using RobustMem.Claims;

namespace RobustMem.Properties.Infrastructure;

/// <summary>
/// Appends every verdict a property sees to <c>TestResults/claims.jsonl</c> (or <c>$ROBUSTMEM_CLAIMS_LEDGER</c>), so that
/// CI can print the claims table — claim, regimes tried, verdict, worst ratio against its band — next to the pass/fail
/// counts (tools/ci/claims-summary.py). FsCheck only reports the failing case; the table needs the passing ones too.
/// </summary>
internal static class ClaimLedger
{
    private static readonly object Gate = new();
    private static readonly string? Path = Locate();

    public static void Record(ClaimVerdict verdict, bool expectedToPass)
    {
        if (Path is null) return;
        var line = JsonSerializer.Serialize(new
        {
            claim = verdict.Claim.Id,
            control = verdict.Control.ToString(),
            expected = expectedToPass ? "pass" : "fail",
            passed = verdict.Passed,
            bound = verdict.LowerBound.ToString(),
            tightness = verdict.Tightness.ToString(),
            disagreement = verdict.Disagreement?.ToString(),
            ratio = Finite(verdict.Ratio),
            lower = Finite(verdict.Band.Lower),
            upper = Finite(verdict.Band.Upper),
            regime = RegimeText.Describe(verdict.Regime),
        });
        lock (Gate) File.AppendAllText(Path, line + "\n");
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("ROBUSTMEM_CLAIMS_LEDGER");
        if (!string.IsNullOrEmpty(configured)) return configured;
        var root = RepositoryRoot.TryFind();
        if (root is null) return null; // outside a checkout (e.g. a copied test assembly): no ledger, the tests still run
        return System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(root, "TestResults")).FullName, "claims.jsonl");
    }
}

using System.Text.Json;
using RobustMem.Checkout;
using RobustMem.Claims;
using RobustMem.Properties.Infrastructure;

[assembly: AssemblyFixture(typeof(ClaimLedgerRun))]

namespace RobustMem.Properties.Infrastructure;

/// <summary>
/// Writes every verdict a property sees to <c>TestResults/claims.jsonl</c> (or <c>$ROBUSTMEM_CLAIMS_LEDGER</c>), one line
/// per verdict keyed by its case, so that CI can print the claims table — case, regimes tried, verdict and every
/// condition that decided it — next to the pass/fail counts (tools/ci/claims-summary.py). FsCheck only reports the
/// failing case; the table needs the passing ones too.
/// </summary>
/// <remarks>
/// The ledger holds one run: <see cref="ClaimLedgerRun"/>, an assembly fixture, empties it before the first test of the
/// run, so a table never mixes a run with the one before it (an old failure reported after its fix), even when this run
/// records nothing. Only this project writes it, in one process per run.
/// </remarks>
internal static class ClaimLedger
{
    private static readonly object Gate = new();
    private static readonly string? Path = Locate();

    /// <summary>Empties the ledger for this run (the first use of this class does it; this is that use).</summary>
    public static void Begin() => _ = Path;

    /// <summary>Records a verdict of the registry case <paramref name="caseName"/> (e.g. "II NoNoise_DoesNotForceSqrtN").</summary>
    public static void Record(ClaimVerdict verdict, string caseName, bool expectedToPass)
    {
        if (Path is null) return;
        var line = JsonSerializer.Serialize(new
        {
            @case = caseName,
            claim = verdict.Claim.Id,
            control = verdict.Control.ToString(),
            expected = expectedToPass ? "pass" : "fail",
            passed = verdict.Passed,
            bound = verdict.LowerBound.ToString(),
            tightness = verdict.Tightness.ToString(),
            disagreement = verdict.Disagreement?.ToString(),
            quantity = verdict.Quantity.Name,
            symbol = verdict.Quantity.Symbol,
            value = Finite(verdict.Value),
            ratio = Finite(verdict.Ratio),
            lower = Finite(verdict.Band.Lower),
            upper = Finite(verdict.Band.Upper),
            regime = RegimeText.Describe(verdict.Regime),
            conditions = verdict.Deciding,
        });
        lock (Gate) File.AppendAllText(Path, line + "\n");
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("ROBUSTMEM_CLAIMS_LEDGER");
        if (!string.IsNullOrEmpty(configured)) return Emptied(configured);
        var root = RepositoryRoot.TryFind();
        if (root is null) return null; // outside a checkout (e.g. a copied test assembly): no ledger, the tests still run
        return Emptied(System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(root, "TestResults")).FullName, "claims.jsonl"));
    }

    private static string Emptied(string path)
    {
        File.WriteAllText(path, "");
        return path;
    }
}

/// <summary>Empties the claims ledger once, before the run's first test: the ledger then holds this run only.</summary>
public sealed class ClaimLedgerRun
{
    public ClaimLedgerRun() => ClaimLedger.Begin();
}

using System.Diagnostics;

namespace RobustMem.Tests.Ci;

/// <summary>
/// The CI claims table (tools/ci/claims-summary.py) on a ledger written by hand: one row per case, even where two cases
/// share a claim and a control, and a verdict shown with the conditions that decided it, not with a band that held.
/// </summary>
public sealed class ClaimsSummaryTests
{
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "tools", "ci", "claims-summary.py");

    // Two cases of claim III without a control, and a control caught by a floor while its ratio sat inside another band.
    private const string Ledger = """
        {"case":"III MinNorm_AttainsSqrtNOverK_ForEvenActivations","claim":"III","control":"None","expected":"pass","passed":true,"bound":"Holds","tightness":"Attained","ratio":1.1,"lower":0.8,"upper":1.2,"regime":"r1","conditions":["[ok] bound: S/√(n/k) = 1.1 ≥ 0.8","[ok] tightness: Q = 0.9 ≤ 1.3"]}
        {"case":"III MinNorm_NotTight_ForNonEvenActivations","claim":"III","control":"None","expected":"pass","passed":true,"bound":"Holds","tightness":"NotAttained","ratio":2.1,"lower":0.8,"upper":null,"regime":"r2","conditions":["[ok] bound: S/√(n/k) = 2.1 ≥ 0.8"]}
        {"case":"U NoiselessLinearTarget_DoesNotForceIt","claim":"U","control":"NoiselessLinearTarget","expected":"fail","passed":false,"bound":"Violated","tightness":"NotApplicable","ratio":5.04,"lower":1,"upper":null,"regime":"r3","quantity":"parameter-norm proxy","symbol":"Lip(ψ)·‖a‖₂·‖W‖_op","conditions":["[ok] interpolates: train error 1E-30","[VIOLATED] bound: S/√(nd/p) = 1.2 ≥ floor 2.0"]}
        {"case":"U NoiselessLinearTarget_DoesNotForceIt","claim":"U","control":"NoiselessLinearTarget","expected":"fail","passed":false,"bound":"Violated","tightness":"NotApplicable","ratio":5.5,"lower":1,"upper":null,"regime":"r4","quantity":"parameter-norm proxy","symbol":"Lip(ψ)·‖a‖₂·‖W‖_op","conditions":["[ok] interpolates: train error 2E-30","[VIOLATED] bound: S/√(nd/p) = 1.4 ≥ floor 2.0"]}
        """;

    [Fact]
    public void Table_HasARowPerCase_AndShowsTheConditionsThatDecided()
    {
        var (code, output) = Summarize(Ledger);
        Assert.True(code == 0, output);
        var rows = output.Split('\n').Where(l => l.StartsWith("| III ") || l.StartsWith("| U ")).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("| III MinNorm_AttainsSqrtNOverK_ForEvenActivations | S | — | 1 | holds |"));
        Assert.Contains(rows, r => r.StartsWith("| III MinNorm_NotTight_ForNonEvenActivations | S | — | 1 | holds |"));
        var control = Assert.Single(rows, r => r.StartsWith("| U "));
        Assert.Contains("| Lip(ψ)·‖a‖₂·‖W‖_op (parameter-norm proxy) | NoiselessLinearTarget |", control);
        Assert.Contains("| 2 | caught |", control);
        Assert.Contains("violated: [VIOLATED] bound: S/√(nd/p) = 1.2 ≥ floor 2.0 (2/2)", control);
        Assert.DoesNotContain("5.04", output);
        Assert.Contains("  - 2/2 [ok] interpolates: train error 1E-30", output);
    }

    [Fact]
    public void AControlThatPasses_IsNotCaught_AndFailsTheSummary()
    {
        var (code, output) = Summarize(Ledger.Replace("\"passed\":false", "\"passed\":true").Replace("[VIOLATED]", "[ok]"));
        Assert.Equal(2, code);
        Assert.Contains("| NOT CAUGHT (2 regimes) |", output);
    }

    private static (int Code, string Output) Summarize(string ledger)
    {
        var path = Path.Combine(Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, string.Join("\n", ledger.Split('\n').Select(l => l.Trim())) + "\n");
        try
        {
            var start = new ProcessStartInfo("python3", [Script, path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(30_000), "claims-summary.py did not finish within 30 s");
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally { File.Delete(path); }
    }
}

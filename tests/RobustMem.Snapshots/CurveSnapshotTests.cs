using RobustMem.Curves;
using RobustMem.LinearAlgebra;
using RobustMem.Models;
using Snapshooter;
using Snapshooter.Xunit3;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>Each snapshot curve, recomputed at seed 0, matches its approved <c>snapshots/{regime}.snap</c> within tolerance.</summary>
/// <remarks>Not run in parallel with other classes: the strict-mode test sets SNAPSHOOTER_STRICT_MODE for the process.</remarks>
[Collection(SnapshooterEnvironment.Name)]
public class CurveSnapshotTests
{
    public static TheoryData<string> Regimes => [.. SnapshotCurves.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Curve_MatchesApprovedSnapshot(string regime) =>
        SnapshotStore.Match(CurveSnapshot.Of(CurveSweep.Run(SnapshotCurves.Named(regime), [SnapshotCurves.Seed]), SnapshotCurves.Seed));

    [Fact]
    public void PerturbedCurve_TenPercentAtOnePoint_FailsTheCompare()
    {
        var approved = SnapshotStore.Read(SnapshotStore.PathOf(SnapshotCurves.All[0].Name));
        int middle = approved.Rows.Count / 2;
        var rows = approved.Rows.ToArray();
        rows[middle] = rows[middle].With("S", rows[middle].Value("S") * 1.10);
        var mismatches = TolerantCurveComparer.Compare(approved with { Rows = rows }, approved);
        var only = Assert.Single(mismatches);
        Assert.Equal(("S", rows[middle].N), (only.Column, only.N));
        string message = TolerantCurveComparer.Describe(approved.Regime, mismatches, "snapshots/x.snap", "snapshots/__mismatch__/x.snap");
        Assert.Contains($"| n={rows[middle].N} S |", message);
        Assert.Contains("+10.0%", message);
        Assert.Contains("mv snapshots/__mismatch__/x.snap snapshots/x.snap", message);
    }

    [Fact]
    public void UnperturbedCurve_PassesTheCompare()
    {
        var approved = SnapshotStore.Read(SnapshotStore.PathOf(SnapshotCurves.All[0].Name));
        Assert.Empty(TolerantCurveComparer.Compare(approved, approved));
    }

    /// <summary>Negative control: the published code's NTK gradient without σ″(w·x)⟨a,x⟩w moves the erf curve beyond tolerance.</summary>
    [Fact]
    public void MissingCurvatureTerm_FailsTheCompare()
    {
        var spec = SnapshotCurves.All.Single(c => c.Base.Model == Models.Model.NeuralTangent && c.Base.Sigma == Activations.Activation.Erf);
        var broken = spec.Ns.Select(n => CurveSweep.Measure(spec.At(n, SnapshotCurves.Seed), Backend.Current, includeCurvatureTerm: false)).ToArray();
        var obtained = CurveSnapshot.Of(new Curve(spec, broken), SnapshotCurves.Seed);
        var mismatches = TolerantCurveComparer.Compare(obtained, SnapshotStore.Read(SnapshotStore.PathOf(spec.Name)));
        Assert.Contains(mismatches, m => m.Column == "S");
    }

    /// <summary>With SNAPSHOOTER_STRICT_MODE=true (CI) a missing snapshot fails instead of being created.</summary>
    [Fact]
    public void StrictMode_MissingSnapshot_Fails()
    {
        string folder = Path.Combine(Path.GetTempPath(), "robustmem-strict-" + Guid.NewGuid().ToString("N"));
        string? before = Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE");
        Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        try
        {
            Assert.ThrowsAny<Exception>(() => Snapshot.Match(new { n = 1 }, new SnapshotFullName("missing.snap", folder)));
            Assert.False(File.Exists(Path.Combine(folder, "missing.snap")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", before);
        }
    }
}

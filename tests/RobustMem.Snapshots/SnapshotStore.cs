using System.Text.Json;
using RobustMem.Checkout;
using Snapshooter;
using Snapshooter.Xunit3;

namespace RobustMem.Snapshots;

/// <summary>The approved curves in the top-level <c>snapshots/</c> folder, one <c>{regime}.snap</c> (Snapshooter JSON) each.</summary>
/// <remarks>
/// Snapshooter.Xunit3's <c>Snapshot.Match(value, new SnapshotFullName(file, folder))</c> chooses the folder and the name
/// (its default is <c>__snapshots__/{Class}.{Method}.snap</c> next to the test; it appends <c>__snapshots__</c> to the folder
/// given, measured here). It writes a missing snapshot, or fails under SNAPSHOOTER_STRICT_MODE=true (CI). An existing snapshot is compared here within tolerances instead of by
/// Snapshooter's exact match; a moved curve is written to <c>snapshots/__mismatch__/</c> (git-ignored).
/// </remarks>
public static class SnapshotStore
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "snapshots");

    public static string MismatchFolder => Path.Combine(Folder, "__mismatch__");

    public static string PathOf(string name) => Path.Combine(Folder, name + ".snap");

    /// <summary>Matches <paramref name="obtained"/> against its approved file; throws with the mismatch table when it moved.</summary>
    public static void Match(CurveSnapshot obtained)
    {
        string path = PathOf(obtained.Regime);
        if (!File.Exists(path))
        {
            Create(obtained, path);
            return;
        }
        var mismatches = TolerantCurveComparer.Compare(obtained, Read(path));
        if (mismatches.Count == 0) return;
        Directory.CreateDirectory(MismatchFolder);
        string mismatchPath = Path.Combine(MismatchFolder, obtained.Regime + ".snap");
        File.WriteAllText(mismatchPath, JsonSerializer.Serialize(obtained, new JsonSerializerOptions { WriteIndented = true }));
        Assert.Fail(TolerantCurveComparer.Describe(obtained.Regime, mismatches, Relative(path), Relative(mismatchPath)));
    }

    // Snapshooter writes a missing snapshot into {folder}/__snapshots__/, or fails in strict mode, so it is never
    // created silently in CI. It is staged in a temporary folder, then moved to snapshots/{regime}.snap.
    private static void Create(CurveSnapshot obtained, string path)
    {
        string staging = Path.Combine(Path.GetTempPath(), "robustmem-snap-" + Guid.NewGuid().ToString("N"));
        try
        {
            Snapshot.Match(obtained, new SnapshotFullName(obtained.Regime + ".snap", staging));
            string created = Directory.EnumerateFiles(staging, obtained.Regime + ".snap", SearchOption.AllDirectories).Single();
            Directory.CreateDirectory(Folder);
            File.Move(created, path);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    public static CurveSnapshot Read(string path) =>
        JsonSerializer.Deserialize<CurveSnapshot>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidDataException($"{path} is not a curve snapshot.");

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Path, path);
}

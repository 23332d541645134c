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
internal static class SnapshotStore
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "snapshots");

    public static string MismatchFolder => Path.Combine(Folder, "__mismatch__");

    public static string PathOf(string name) => Path.Combine(Folder, name + ".snap");

    /// <summary>Matches <paramref name="obtained"/> against its approved file; throws with the mismatch table when it moved.</summary>
    public static void Match(CurveSnapshot obtained) =>
        Match(obtained.Regime, obtained, Read<CurveSnapshot>, (o, approved, path, mismatchPath) =>
        {
            var mismatches = TolerantCurveComparer.Compare(o, approved);
            return mismatches.Count == 0 ? null : TolerantCurveComparer.Describe(o.Regime, mismatches, path, mismatchPath);
        });

    /// <summary>
    /// Matches any snapshot against <c>snapshots/{name}.snap</c>: <paramref name="describe"/> compares it with the approved
    /// one (tolerantly) and returns null, or the mismatch message given the approved and the mismatch file's paths.
    /// </summary>
    public static void Match<T>(string name, T obtained, Func<string, T> read, Func<T, T, string, string, string?> describe)
    {
        string path = PathOf(name);
        if (!File.Exists(path))
        {
            Create(name, obtained, path);
            return;
        }
        string mismatchPath = Path.Combine(MismatchFolder, name + ".snap");
        string? message = describe(obtained, read(path), Relative(path), Relative(mismatchPath));
        if (message is null) return;
        Directory.CreateDirectory(MismatchFolder);
        File.WriteAllText(mismatchPath, JsonSerializer.Serialize(obtained, new JsonSerializerOptions { WriteIndented = true }));
        Assert.Fail(message);
    }

    // Snapshooter writes a missing snapshot into {folder}/__snapshots__/, or fails in strict mode, so it is never
    // created silently in CI. It is staged in a temporary folder, then moved to snapshots/{regime}.snap.
    private static void Create<T>(string name, T obtained, string path)
    {
        string staging = Path.Combine(Path.GetTempPath(), "robustmem-snap-" + Guid.NewGuid().ToString("N"));
        try
        {
            Snapshot.Match(obtained, new SnapshotFullName(name + ".snap", staging));
            string created = Directory.EnumerateFiles(staging, name + ".snap", SearchOption.AllDirectories).Single();
            Directory.CreateDirectory(Folder);
            File.Move(created, path);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    public static CurveSnapshot Read(string path) => Read<CurveSnapshot>(path);

    public static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidDataException($"{path} is not a {typeof(T).Name}.");

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Path, path);
}

namespace RobustMem.Checkout;

/// <summary>
/// The checkout's top folder, found from the running assembly by looking for the solution file. One source file, linked
/// into each test project that reads or writes files of the checkout (goldens, snapshots, the claims ledger, CI files),
/// so they all agree on what the root is.
/// </summary>
internal static class RepositoryRoot
{
    private const string Marker = "RobustMem.Proofs.sln";
    private static readonly string? Found = Find();

    /// <summary>The root; throws when the assembly runs outside a checkout.</summary>
    public static string Path => Found ?? throw new DirectoryNotFoundException($"{Marker} not found above {AppContext.BaseDirectory}");

    /// <summary>The root, or null outside a checkout (a copied test assembly), for callers that can run without it.</summary>
    public static string? TryFind() => Found;

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, Marker))) return dir.FullName;
        return null;
    }
}

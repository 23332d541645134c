using System.Security.Cryptography;

namespace RobustMem.Tests.Cli;

/// <summary>A folder's (or file's) contents as one comparable string: names and SHA-256 of every file, or "absent".</summary>
internal static class FolderState
{
    public static string Of(string? path)
    {
        if (path is null) return "unguarded";
        if (File.Exists(path)) return $"file {Hash(path)}";
        if (!Directory.Exists(path)) return "absent";
        return string.Join("; ", Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(path, f)} {Hash(f)}"));
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))[..16];
}

namespace RobustMem.Tests.Cli;

/// <summary>One fuzzed command line, and the folder that <c>reproduce --out</c> must leave exactly as it found it.</summary>
internal sealed record CommandLineCase(int Index, string[] Args, string? GuardedFolder)
{
    public override string ToString() => $"#{Index}: robustmem {string.Join(' ', Args.Select(Quote))}";

    private static string Quote(string a) => a.Length == 0 || a.Any(char.IsWhiteSpace) ? $"'{a}'" : a;
}

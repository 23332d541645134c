namespace RobustMem.Benchmarks;

/// <summary>The console modes' "--name value" arguments (they are run by hand; a missing value falls back).</summary>
internal static class Arguments
{
    public static string Value(string[] args, string name, string fallback)
    {
        int i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}

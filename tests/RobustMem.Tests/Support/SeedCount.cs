namespace RobustMem.Tests.Support;

/// <summary>
/// How many seeds a rate test runs: a fast default for every `dotnet test`, or ROBUSTMEM_SEEDS for the
/// thorough calibration runs recorded in docs/reference/tolerances.md (Hypothesis's "speedy"/"thorough" profiles).
/// </summary>
internal static class SeedCount
{
    public static int Get(int fast) =>
        int.TryParse(Environment.GetEnvironmentVariable("ROBUSTMEM_SEEDS"), out var n) && n > 0 ? n : fast;
}

namespace RobustMem.Properties.Infrastructure;

/// <summary>
/// How many cases a property draws: <see cref="Variable"/> when it is set to a positive integer, else the default its
/// user states. One parser for every count the suite reads from the environment, so CI's thorough profile means the same
/// thing to every property.
/// </summary>
public static class PropertyCases
{
    public const string Variable = "ROBUSTMEM_PROPERTY_CASES";

    /// <summary>
    /// The claim properties' default. Each case fits two or more regimes (n and 4n), so FsCheck's default of 100 would take
    /// an hour; the power table of docs/results/power.md counts a suite run as this many cases per property.
    /// </summary>
    public const int ClaimDefault = 4;

    /// <summary>Whether <see cref="Variable"/> is set to a positive integer: the thorough profile.</summary>
    public static bool IsSet => FromEnvironment(Variable, 0) > 0;

    /// <summary>The number of cases: <see cref="Variable"/>, or <paramref name="unset"/> when it is not a positive integer.</summary>
    public static int Count(int unset) => FromEnvironment(Variable, unset);

    /// <summary>A positive integer from <paramref name="variable"/>, or <paramref name="unset"/>.</summary>
    public static int FromEnvironment(string variable, int unset) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out int n) && n > 0 ? n : unset;
}

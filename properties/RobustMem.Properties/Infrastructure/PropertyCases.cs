namespace RobustMem.Properties.Infrastructure;

/// <summary>How many regimes each property draws: ROBUSTMEM_PROPERTY_CASES, default <see cref="Default"/>.</summary>
/// <remarks>Each case fits two or more regimes (n and 4n), so FsCheck's default of 100 would take an hour; see CONTRIBUTING.md.</remarks>
public static class PropertyCases
{
    public const string Variable = "ROBUSTMEM_PROPERTY_CASES";
    public const int Default = 4;

    public static int Count =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out int n) && n > 0 ? n : Default;
}

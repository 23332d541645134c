using FsCheck;

namespace RobustMem.Properties.MultipleDescent;

/// <summary>FsCheck's configuration of the claim-M properties.</summary>
public static class MultipleDescentConfig
{
    /// <summary>The claim-M properties' default: a case is one sweep of its grid (about nine n × 3 seeds, m ≤ 120).</summary>
    public const int DefaultCases = 5;

    /// <summary>ROBUSTMEM_PROPERTY_CASES cases (default <see cref="DefaultCases"/>; CI's thorough profile sets more).</summary>
    public static int Cases => PropertyCases.Count(unset: DefaultCases);

    /// <summary>FsCheck's quick run that throws on failure, with the label, the shrunk case and the replay seed in the message.</summary>
    public static Config Quick => Config.QuickThrowOnFailure.WithMaxTest(Cases);
}

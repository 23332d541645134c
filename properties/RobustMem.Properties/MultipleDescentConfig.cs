using FsCheck;

namespace RobustMem.Properties;

/// <summary>Case count of the claim-M properties: ROBUSTMEM_PROPERTY_CASES (default 5; CI's thorough profile sets more).</summary>
public static class MultipleDescentConfig
{
    public const string CasesVariable = "ROBUSTMEM_PROPERTY_CASES";

    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), out int n) && n > 0 ? n : 5;

    /// <summary>FsCheck's quick run that throws on failure, with the label, the shrunk case and the replay seed in the message.</summary>
    public static Config Quick => Config.QuickThrowOnFailure.WithMaxTest(Cases);
}

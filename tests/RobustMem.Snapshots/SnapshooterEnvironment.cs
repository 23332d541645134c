namespace RobustMem.Snapshots;

/// <summary>Tests that read or set Snapshooter's process-wide environment (SNAPSHOOTER_STRICT_MODE) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SnapshooterEnvironment
{
    public const string Name = "Snapshooter environment";
}

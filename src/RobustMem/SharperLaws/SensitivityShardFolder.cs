using RobustMem.Sweeps;

namespace RobustMem.SharperLaws;

/// <summary>The folder one shard of a sensitivity figure writes: <c>&lt;figure&gt;.csv</c> with its rows, as the whole run has them, then <c>shard.json</c>.</summary>
internal static class SensitivityShardFolder
{
    public static void Write(string directory, SensitivityPlan plan, Shard shard, string backend, IReadOnlyList<SensitivityPoint> points)
    {
        File.WriteAllText(ShardFolder.CsvPath(directory, plan.Figure.Name), SensitivityCsv.Format(plan.Figure, points), ShardFolder.Utf8);
        // Written last: a folder with a manifest is a finished shard, one without it a run that stopped.
        File.WriteAllText(Path.Combine(directory, ShardManifest.FileName), plan.Manifest(shard, backend).ToJson() + "\n", ShardFolder.Utf8);
    }
}

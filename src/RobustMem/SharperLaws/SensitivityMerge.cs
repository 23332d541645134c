using RobustMem.Sweeps;

namespace RobustMem.SharperLaws;

/// <summary>Joins the shard folders of one sensitivity figure's sweep into the points an unsharded run computes, in its order.</summary>
/// <remarks>The same refusals as <see cref="ShardMerge"/> (mixed runs, a shard twice or missing), and rows that differ from their manifest.</remarks>
internal static class SensitivityMerge
{
    public static (SensitivityPlan Plan, string Backend, IReadOnlyList<SensitivityPoint> Points) Join(IReadOnlyList<string> directories)
    {
        var shards = ShardMerge.ReadOneRun(directories);
        var (firstDir, first) = shards[0];
        var plan = SensitivityPlan.Of(first);
        ShardMerge.CheckGrid(firstDir, first, plan.Fingerprint(), plan.Items.Count);
        var byId = new Dictionary<string, SensitivityPoint>();
        foreach (var (dir, m) in shards)
        {
            string path = ShardFolder.CsvPath(dir, plan.Figure.Name);
            if (!File.Exists(path)) throw new ArgumentException($"'{dir}' has a manifest but no {plan.Figure.Name}.csv: the shard is incomplete.");
            var rows = SensitivityCsv.Read(File.ReadAllText(path), plan.Figure, path);
            var ids = rows.Select(Id).ToArray();
            if (!ids.SequenceEqual(m.Items) || !ids.SequenceEqual(plan.ItemsOf(new Shard(m.Shard, m.Of)).Select(i => i.Id)))
                throw new ArgumentException($"'{dir}': its CSV rows are not the items of shard {m.Shard}/{m.Of} of this grid ({rows.Count} rows, {m.Items.Count} items).");
            foreach (var (id, row) in ids.Zip(rows)) byId.Add(id, row);
        }
        return (plan, first.Backend, plan.Items.Select(i => byId[i.Id]).ToArray());

        string Id(SensitivityPoint p) => new SensitivityItem(-1, plan.Figure, Activations.Activation.Parse(p.Activation), p.N, p.K, p.Seed).Id;
    }
}

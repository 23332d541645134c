using RobustMem.Curves;

namespace RobustMem.Sweeps;

/// <summary>Joins the folders of every shard of one sweep into the full curves an unsharded run computes.</summary>
/// <remarks>
/// Refuses, with one line naming the folders, what would not give that: shards of different settings (scale, seeds,
/// N, figure filter, backend, tool version, grid), the same shard twice, an item in two shards, a missing shard, and
/// rows that differ from their manifest.
/// </remarks>
internal static class ShardMerge
{
    /// <summary>The whole sweep, with its curves in canonical order, from every shard folder of one run.</summary>
    public static MergedSweep Join(IReadOnlyList<string> directories)
    {
        var shards = ReadOneRun(directories);
        var (firstDir, first) = shards[0];
        var plan = first.Plan();
        CheckGrid(firstDir, first, plan.Fingerprint(), plan.Items.Count);
        var points = new Dictionary<string, CurvePoint>();
        foreach (var (dir, m) in shards)
            Collect(dir, m, plan, points);
        var figures = plan.Figures.Select(f => (f, (IReadOnlyList<Curve>)f.Curves.Select(spec => new Curve(spec,
            plan.Items.Where(i => i.Figure == f && i.Curve == spec).Select(i => points[i.Id]).ToArray())).ToArray())).ToArray();
        return new MergedSweep(plan, first.Backend, figures);
    }

    /// <summary>The manifests of every shard of one run, checked to belong together: the same settings, each shard once, none missing.</summary>
    private static IReadOnlyList<(string Directory, ShardManifest Manifest)> ReadOneRun(IReadOnlyList<string> directories)
    {
        if (directories.Count == 0) throw new ArgumentException("merge needs the folder of every shard.");
        var shards = directories.Select(d => (Directory: d, Manifest: ShardFolder.ReadManifest(d))).ToArray();
        var (firstDir, first) = shards[0];
        foreach (var (dir, m) in shards.Skip(1))
            foreach (var (what, mine, theirs) in Settings(m).Zip(Settings(first), (a, b) => (a.Name, a.Value, b.Value)))
                if (mine != theirs)
                    throw new ArgumentException($"shards from different runs: '{dir}' has {what} {mine}, '{firstDir}' has {what} {theirs}.");
        foreach (var twice in shards.GroupBy(s => s.Manifest.Shard).Where(g => g.Count() > 1))
            throw new ArgumentException($"overlapping shards: {string.Join(" and ", twice.Select(s => $"'{s.Directory}'"))} are each shard {twice.Key}/{first.Of}.");
        var missing = Enumerable.Range(1, first.Of).Except(shards.Select(s => s.Manifest.Shard)).ToArray();
        if (missing.Length > 0)
            throw new ArgumentException($"missing shard{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(i => $"{i}/{first.Of}"))}: pass the folder of every shard of the run.");
        return shards;
    }

    /// <summary>Refuses shards written for another grid than the plan this robustmem rebuilds from their manifest.</summary>
    private static void CheckGrid(string directory, ShardManifest manifest, string fingerprint, int items)
    {
        if (fingerprint != manifest.GridSha256 || items != manifest.GridItems || manifest.Assignment != Shard.Assignment)
            throw new ArgumentException($"'{directory}' was written for another grid than this robustmem sweeps (scale {manifest.Scale}): merge with the version that ran the shards ({manifest.Tool}).");
    }

    // Everything but the shard index and its items must agree between shards of one run.
    private static (string Name, string Value)[] Settings(ShardManifest m) =>
    [
        ("N (shard count)", m.Of.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("scale", m.Scale),
        ("seeds", m.Seeds.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("figure filter", m.Figure ?? "(none)"),
        ("assignment", m.Assignment), ("backend", m.Backend), ("tool version", m.Tool), ("grid", m.GridSha256),
    ];

    // Reads one shard's rows and checks them against what its manifest and the plan say it should hold.
    private static void Collect(string dir, ShardManifest m, SweepPlan plan, Dictionary<string, CurvePoint> points)
    {
        var shard = new Shard(m.Shard, m.Of);
        var expected = plan.ItemsOf(shard).Select(i => i.Id).ToArray();
        if (!expected.SequenceEqual(m.Items))
            throw new ArgumentException($"'{dir}': its manifest does not list the items of shard {shard} of this grid.");
        var ids = new List<string>();
        foreach (var figure in plan.Figures)
        {
            string path = ShardFolder.CsvPath(dir, figure.Name);
            if (!File.Exists(path)) throw new ArgumentException($"'{dir}' has a manifest but no {figure.Name}.csv: the shard is incomplete.");
            foreach (var (spec, point) in CurveCsvReader.Read(File.ReadAllText(path), figure.Curves, path))
            {
                string id = new SweepItem(-1, figure, spec, spec.Sweep.Of(point), point.Seed).Id;
                if (!points.TryAdd(id, point)) throw new ArgumentException($"overlapping shards: point {id} appears twice (last in '{path}').");
                ids.Add(id);
            }
        }
        if (!ids.SequenceEqual(m.Items))
            throw new ArgumentException($"'{dir}': its CSV rows are not the items its manifest lists ({ids.Count} rows, {m.Items.Count} items).");
    }
}

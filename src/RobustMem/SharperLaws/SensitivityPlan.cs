using System.Security.Cryptography;
using System.Text;
using RobustMem.Data.Files;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.SharperLaws;

/// <summary>
/// Every work item of a sensitivity sweep in canonical order: figure, activation, N, then the widths ascending and the
/// kernel last, then seeds 0..S−1. A shard owns the items <see cref="Shard.Owns"/> gives it, as for the n-sweeps.
/// </summary>
/// <remarks>The canonical order is the order of the CSV's rows, so a shard's rows are a subsequence of the whole run's.</remarks>
public sealed class SensitivityPlan
{
    /// <param name="scale">Grid sizes.</param>
    /// <param name="seeds">Seeds per point, 0..seeds−1.</param>
    /// <param name="figure">The figure's name: <c>sensitivity-rf</c> or <c>-ntk</c>, with <c>-real</c> on a file's points.</param>
    /// <param name="file">The file of the <c>-real</c> figures; null for the synthetic ones.</param>
    public SensitivityPlan(FigureScale scale, int seeds, string figure, FileLaw? file = null)
    {
        Scale = scale;
        Seeds = Preconditions.CheckRange(seeds, 1, 100, nameof(seeds));
        if (figure.EndsWith(SensitivityFigures.RealSuffix, StringComparison.Ordinal) && file is null)
            throw new ArgumentException($"{figure} is drawn on a file's points: give them with --law file:PATH (and --classes a,b for its labels).");
        var all = SensitivityFigures.Of(scale, file);
        Figure = all.SingleOrDefault(f => f.Name == figure)
            ?? throw new ArgumentException($"unknown figure '{figure}'; the sharper laws' figures are {string.Join(", ", all.Select(f => f.Name))}.");
        var items = new List<SensitivityItem>();
        foreach (var activation in Figure.Activations)
            foreach (int n in Figure.Ns)
            {
                foreach (int? k in Figure.Widths.Select(k => (int?)k).Append(null))
                    for (int seed = 0; seed < Seeds; seed++)
                        items.Add(new SensitivityItem(items.Count, Figure, activation, n, k, seed));
            }
        Items = items;
        // Every point is checked here, before any output: a grid beyond the probe's limits, or N beyond a file's rows, fails at once.
        foreach (var item in items)
        {
            try { SensitivityProbe.Validate(item.Regime); }
            catch (ArgumentException e) { throw new ArgumentException($"{Figure.Name} at {(scale == FigureScale.Full ? "--full" : "the default grid")} cannot run point {item.Id}: {e.Message}"); }
        }
    }

    public FigureScale Scale { get; }

    public int Seeds { get; }

    public SensitivityFigure Figure { get; }

    public IReadOnlyList<SensitivityItem> Items { get; }

    public IReadOnlyList<SensitivityItem> ItemsOf(Shard shard) => Items.Where(i => shard.Owns(i.Index)).ToArray();

    /// <summary>SHA-256 of every item id: two plans with the same fingerprint fit the same regimes in the same order.</summary>
    public string Fingerprint() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Items.Select(i => i.Id)))));

    /// <summary>The manifest of one shard of this plan, in the n-sweeps' format (<c>shard.json</c>), so one merge reads both.</summary>
    public ShardManifest Manifest(Shard shard, string backend) => new(
        ShardManifest.CurrentFormat, ShardManifest.ToolVersion, shard.Index, shard.Count, Shard.Assignment, ShardManifest.ScaleName(Scale), Seeds,
        Figure.Name, [Figure.Name], backend, Items.Count, Fingerprint(), ItemsOf(shard).Select(i => i.Id).ToArray());

    /// <summary>The plan a manifest was written for.</summary>
    public static SensitivityPlan Of(ShardManifest manifest) => new(ShardManifest.ParseScale(manifest.Scale), manifest.Seeds, manifest.Figure ?? "");
}

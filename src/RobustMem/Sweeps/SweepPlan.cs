using System.Security.Cryptography;
using System.Text;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>Every work item of a <c>reproduce</c> run in canonical order: figures, then curves, then n ascending, then seeds 0..S−1.</summary>
/// <remarks>The canonical order is the order of the rows of the figures' CSVs, so any subset written in it is a subsequence of them.</remarks>
public sealed class SweepPlan
{
    public SweepPlan(FigureScale scale, int seeds, string? figure)
    {
        Scale = scale;
        Seeds = Preconditions.CheckRange(seeds, 1, 100, nameof(seeds));
        Figure = figure;
        var all = FigureCatalog.Figures(scale);
        Figures = all.Where(f => figure is null || f.Name == figure).ToArray();
        if (Figures.Count == 0)
            throw new ArgumentException($"unknown figure '{figure}'; expected one of {string.Join(", ", all.Select(f => f.Name))}.");
        var items = new List<SweepItem>();
        foreach (var f in Figures)
            foreach (var curve in f.Curves)
                foreach (int n in curve.Ns)
                    for (int seed = 0; seed < seeds; seed++)
                        items.Add(new SweepItem(items.Count, f, curve, n, seed));
        Items = items;
    }

    public FigureScale Scale { get; }

    /// <summary>Seeds per point: 0..Seeds−1.</summary>
    public int Seeds { get; }

    /// <summary>The <c>--figure</c> filter, null for every figure.</summary>
    public string? Figure { get; }

    public IReadOnlyList<FigureSpec> Figures { get; }

    public IReadOnlyList<SweepItem> Items { get; }

    /// <summary>The items of one shard, in canonical order.</summary>
    public IReadOnlyList<SweepItem> ItemsOf(Shard shard) => Items.Where(i => shard.Owns(i.Index)).ToArray();

    /// <summary>SHA-256 of every item id: two plans with the same fingerprint sweep the same regimes in the same order.</summary>
    public string Fingerprint() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Items.Select(i => i.Id)))));
}

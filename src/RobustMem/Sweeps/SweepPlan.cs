using System.Security.Cryptography;
using System.Text;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>Every work item of a <c>reproduce</c> run in canonical order: figures, then curves, then n ascending, then seeds.</summary>
/// <remarks>
/// The canonical order is the order of the rows of the figures' CSVs, so any subset written in it is a subsequence of them.
/// A point has the run's seeds, or its figure's <see cref="FigureSpec.WindowSeeds"/> inside a bound's window.
/// </remarks>
internal sealed class SweepPlan
{
    /// <param name="scale">The figures' sizes.</param>
    /// <param name="seeds">Seeds per point outside the bounds' windows.</param>
    /// <param name="figure">The <c>--figure</c> filter, null for every figure.</param>
    /// <param name="firstSeed">The first seed: a point's seeds are firstSeed, firstSeed + 1, …; <c>reproduce</c> uses 0,
    /// the false-verdict measurement seeds the default never draws (a plan with another first seed is not sharded).</param>
    public SweepPlan(FigureScale scale, int seeds, string? figure, int firstSeed = 0)
    {
        Scale = scale;
        Seeds = Preconditions.CheckRange(seeds, 1, 100, nameof(seeds));
        FirstSeed = Preconditions.CheckRange(firstSeed, 0, 1_000_000, nameof(firstSeed));
        Figure = figure;
        var all = FigureCatalog.Figures(scale);
        Figures = all.Where(f => figure is null || f.Name == figure).ToArray();
        if (Figures.Count == 0)
            throw new ArgumentException($"unknown figure '{figure}'; expected one of {string.Join(", ", all.Select(f => f.Name))}.");
        var items = new List<SweepItem>();
        foreach (var f in Figures)
            foreach (var curve in f.Curves)
                foreach (int n in curve.Ns)
                    for (int seed = 0; seed < f.SeedsAt(curve, n, seeds); seed++)
                        items.Add(new SweepItem(items.Count, f, curve, n, firstSeed + seed));
        Items = items;
    }

    public FigureScale Scale { get; }

    /// <summary>Seeds per point outside the bounds' windows: FirstSeed..FirstSeed+Seeds−1.</summary>
    public int Seeds { get; }

    /// <summary>The first seed of every point.</summary>
    public int FirstSeed { get; }

    /// <summary>The most seeds any point of the plan has: <see cref="Seeds"/>, or a figure's <see cref="FigureSpec.WindowSeeds"/>.</summary>
    public int MostSeeds => Figures.Select(f => Math.Max(f.WindowSeeds, Seeds)).Max();

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

using System.Security.Cryptography;
using System.Text;
using RobustMem.Data.Files;
using RobustMem.Figures;
using RobustMem.SharperLaws;

namespace RobustMem.Sweeps;

/// <summary>Every work item of a <c>reproduce</c> run in canonical order: figures, then curves, then their grid points ascending (a width sweep's kernel last), then seeds.</summary>
/// <remarks>
/// The canonical order is the order of the rows of the figures' CSVs, so any subset written in it is a subsequence of them.
/// A point has the run's seeds, or its figure's <see cref="FigureSpec.WindowSeeds"/> inside a bound's window. Every
/// point is checked here, before any output: a grid beyond its measure's limits, or N beyond a file's rows, fails at once.
/// </remarks>
internal sealed class SweepPlan
{
    /// <param name="scale">The figures' sizes.</param>
    /// <param name="seeds">Seeds per point outside the bounds' windows.</param>
    /// <param name="figure">The <c>--figure</c> filter, null for every figure drawn by default; the sharper laws'
    /// figures (<see cref="FigureCatalog.OnlyWhenNamed"/>) run only when named.</param>
    /// <param name="firstSeed">The first seed: a point's seeds are firstSeed, firstSeed + 1, …; <c>reproduce</c> uses 0,
    /// the false-verdict measurement seeds the default never draws (a plan with another first seed is not sharded).</param>
    /// <param name="file">The file of the <c>-real</c> figures; null for the synthetic ones.</param>
    /// <param name="grid">The <c>-real</c> figures' grid given by hand (<c>--n</c>, <c>--k</c>); null for the scale's.</param>
    public SweepPlan(FigureScale scale, int seeds, string? figure, int firstSeed = 0, FileLaw? file = null, RealDataGrid? grid = null)
    {
        Scale = scale;
        Seeds = Preconditions.CheckRange(seeds, 1, 100, nameof(seeds));
        FirstSeed = Preconditions.CheckRange(firstSeed, 0, 1_000_000, nameof(firstSeed));
        Figure = figure;
        if (figure is not null && figure.EndsWith(SharperLawFigures.RealSuffix, StringComparison.Ordinal) && file is null)
            throw new ArgumentException($"{figure} is drawn on a file's points: give them with --law file:PATH (and --classes a,b for its labels).");
        var all = figure is null ? FigureCatalog.Figures(scale) : FigureCatalog.Named(scale, file, grid);
        Figures = all.Where(f => figure is null || f.Name == figure).ToArray();
        if (Figures.Count == 0)
            throw new ArgumentException($"unknown figure '{figure}'; expected one of {string.Join(", ", all.Select(f => f.Name))}.");
        var items = new List<SweepItem>();
        foreach (var f in Figures)
            foreach (var curve in f.Curves)
                foreach (int? x in curve.Sweep.Points(curve))
                    for (int seed = 0; seed < f.SeedsAt(curve, x, seeds); seed++)
                        items.Add(new SweepItem(items.Count, f, curve, x, firstSeed + seed));
        Items = items;
        string where = grid is not null ? "the grid of --n and --k" : scale == FigureScale.Full ? "--full" : "the default grid";
        // Once per grid point (the seed changes no limit), at its first item: a bad grid fails every shard at once, not one point in.
        foreach (var item in items.DistinctBy(i => (i.Figure.Name, i.Curve.Name, i.X)))
        {
            try { item.Curve.Measure.Validate(item.Regime); }
            catch (ArgumentException e) { throw new ArgumentException($"{item.Figure.Name} at {where} cannot run point {item.Id}: {e.Message}"); }
        }
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

    /// <summary>What the figures' grids cannot show, one line each (<see cref="FigureSpec.Warnings"/>); empty for the catalogue's own grids.</summary>
    public IReadOnlyList<string> Warnings => Figures.SelectMany(f => f.Warnings).ToArray();

    public IReadOnlyList<SweepItem> Items { get; }

    /// <summary>The items of one shard, in canonical order.</summary>
    public IReadOnlyList<SweepItem> ItemsOf(Shard shard) => Items.Where(i => shard.Owns(i.Index)).ToArray();

    /// <summary>SHA-256 of every item id: two plans with the same fingerprint sweep the same regimes in the same order.</summary>
    public string Fingerprint() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Items.Select(i => i.Id)))));
}

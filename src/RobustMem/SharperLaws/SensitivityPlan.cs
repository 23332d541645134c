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
internal sealed class SensitivityPlan
{
    /// <param name="scale">Grid sizes.</param>
    /// <param name="seeds">Seeds per point, 0..seeds−1.</param>
    /// <param name="figure">The figure's name: <c>sensitivity-rf</c> or <c>-ntk</c>, with <c>-real</c> on a file's points.</param>
    /// <param name="file">The file of the <c>-real</c> figures; null for the synthetic ones.</param>
    /// <param name="grid">The <c>-real</c> figures' grid given by hand (<c>--n</c>, <c>--k</c>); null for the scale's.</param>
    public SensitivityPlan(FigureScale scale, int seeds, string figure, FileLaw? file = null, RealDataGrid? grid = null)
    {
        Scale = scale;
        Seeds = Preconditions.CheckRange(seeds, 1, 100, nameof(seeds));
        if (figure.EndsWith(SensitivityFigures.RealSuffix, StringComparison.Ordinal) && file is null)
            throw new ArgumentException($"{figure} is drawn on a file's points: give them with --law file:PATH (and --classes a,b for its labels).");
        var all = SensitivityFigures.Of(scale, file, grid);
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
        // A -real grid (derived or by hand) says in one line each what it cannot show; the synthetic and --full grids are the paper's shapes.
        bool real = file is not null && (grid is not null || scale == FigureScale.Default);
        var warnings = real ? new RealDataGrid(Figure.Ns, Figure.Widths, Figure.Widths).Warnings(Figure.D, Figure.Model == Models.Model.RandomFeatures).ToList() : [];
        // Their W ~ N(0, I/d) on z makes the pre-activations N(0, ‖z‖²/d): below 1 for pixels/255 (0.2 on Fashion-MNIST 0 vs 1).
        // A CSV states its own scale, so a CSV of raw pixels (‖z‖²/d in the thousands) runs tanh and cos saturated or aliased.
        if (file is not null && 1 / (file.Factor * file.Factor * file.D) is var preActivation && preActivation > MaxPreActivationVariance)
            warnings.Add($"z's mean ‖z‖²/d is {preActivation:G3}, so the pre-activations are N(0, {preActivation:G3}) where theirs (pixels/255) are below 1: a CSV states its own scale; divide raw pixels by 255.");
        Warnings = warnings;
        // Every point is checked here, before any output: a grid beyond the probe's limits, or N beyond a file's rows, fails at once.
        foreach (var item in items)
        {
            try { SensitivityProbe.Validate(item.Regime); }
            catch (ArgumentException e) { throw new ArgumentException($"{Figure.Name} at {(grid is not null ? "the grid of --n and --k" : scale == FigureScale.Full ? "--full" : "the default grid")} cannot run point {item.Id}: {e.Message}"); }
        }
    }

    /// <summary>A mean ‖z‖²/d above this draws a warning: pixels/255 give at most 1, Fashion-MNIST 0 vs 1 about 0.2.</summary>
    public const double MaxPreActivationVariance = 4;

    public FigureScale Scale { get; }

    /// <summary>What the grid cannot show, one line each (<see cref="RealDataGrid.Warnings"/>); empty for the synthetic and the paper's grids.</summary>
    public IReadOnlyList<string> Warnings { get; }

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

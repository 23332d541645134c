using RobustMem.Experiments;

namespace RobustMem.Curves;

/// <summary>A curve to sweep: a base regime over a grid of n (its N is ignored), or of widths k (its K is ignored, <see cref="Sweep"/>).</summary>
/// <param name="Name">File-safe regime name, e.g. <c>rf-relu-d100-k200</c>; snapshots and CSV rows use it. A width
/// sweep's is "activation/N", so its items' ids read <c>figure/activation/N/k/seed</c>.</param>
/// <param name="Label">Legend text; the progress line names a curve by it.</param>
/// <param name="Base">The regime; its N (or K) and Seed are set per point.</param>
/// <param name="Ns">The grid of the swept variable, ascending: n, or the widths k of a width sweep.</param>
internal sealed record CurveSpec(string Name, string Label, Regime Base, IReadOnlyList<int> Ns)
{
    /// <summary>What the curve sweeps: n (the paper's figures) unless set.</summary>
    public SweptVariable Sweep { get; init; } = SweptVariable.N;

    /// <summary>What each point measures: the fit's figures with S unless set.</summary>
    public CurveMeasure Measure { get; init; } = CurveMeasure.Seminorm;

    /// <summary>The regime at one n and seed (an n-sweep's grid point).</summary>
    public Regime At(int n, int seed) => Base with { N = n, Seed = seed };

    /// <summary>The regime at one grid point of <see cref="Sweep"/> (null: the infinite-width kernel) and seed.</summary>
    public Regime AtGrid(int? x, int seed) => Sweep.At(this, x, seed);

    /// <summary>The regime a point was fitted in.</summary>
    public Regime RegimeOf(CurvePoint point) => Sweep.At(this, Sweep.Of(point), point.Seed);

    /// <summary>A name that spells out the regime: model, activation, law, d, k, noise, ridge.</summary>
    public static string NameOf(Regime r)
    {
        var parts = new List<string> { r.Model.Name, r.Sigma.Name };
        if (r.Law != Data.InputLaw.Sphere) parts.Add(r.Law.Name);
        parts.Add($"d{r.D}");
        if (r.Model.HasWidth) parts.Add($"k{r.K}");
        if (r.Noise != 1) parts.Add(FormattableString.Invariant($"noise{r.Noise:G4}"));
        if (r.Ridge != 0) parts.Add(FormattableString.Invariant($"ridge{r.Ridge:G4}"));
        return string.Join("-", parts);
    }

    /// <summary>A spec named by its regime.</summary>
    public static CurveSpec For(Regime regime, string label, IReadOnlyList<int> ns) => new(NameOf(regime), label, regime, ns);
}

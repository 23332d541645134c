using RobustMem.Experiments;

namespace RobustMem.Curves;

/// <summary>A curve to sweep: a base regime (its N is ignored) over a grid of n.</summary>
/// <param name="Name">File-safe regime name, e.g. <c>rf-relu-d100-k200</c>; snapshots and CSV rows use it.</param>
/// <param name="Label">Legend text.</param>
/// <param name="Base">The regime; its N and Seed are set per point.</param>
/// <param name="Ns">The grid of n, ascending.</param>
internal sealed record CurveSpec(string Name, string Label, Regime Base, IReadOnlyList<int> Ns)
{
    /// <summary>The regime at one grid point and seed.</summary>
    public Regime At(int n, int seed) => Base with { N = n, Seed = seed };

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

using RobustMem.Activations;
using RobustMem.Curves;

namespace RobustMem.Figures;

/// <summary>
/// One figure of <c>reproduce</c>: several curves, drawn on one S-against-n log–log panel (the paper's figures), or, for
/// the sharper laws' figures, ‖∇f(x₀)‖ against the width on one panel per activation, reported beside what the laws say.
/// </summary>
/// <remarks>
/// What a figure sweeps and measures is its curves' data (<see cref="CurveSpec.Sweep"/>, <see cref="CurveSpec.Measure"/>),
/// so one plan, runner, CSV and merge serve every figure; the members below say how it is drawn and summarised.
/// </remarks>
/// <param name="Name">File stem of the figure's CSV, PNG and SVG.</param>
/// <param name="Title">Figure title.</param>
/// <param name="Claims">Claim ids of THEORY.md §2 the figure bears on.</param>
/// <param name="ShowFrontier">Also draw S*(0) (claim T) for curves where it was computed.</param>
/// <param name="Curves">The curves drawn.</param>
/// <param name="WindowSeeds">
/// Seeds at <see cref="WindowAnchors"/> grid points inside a bound's window (<see cref="Verdicts.CurveVerdicts.InWindow"/>)
/// when the run's own count is smaller; 0 for figures without a bound. A bound is judged by the exponent of S/bound with the seeds as clusters, so
/// its interval narrows with the number of seeds there; the points past the window only carry the peaks (claim M),
/// judged on their means, and keep the run's count.
/// </param>
internal sealed record FigureSpec(string Name, string Title, IReadOnlyList<string> Claims, IReadOnlyList<CurveSpec> Curves, bool ShowFrontier = false,
    int WindowSeeds = 0)
{
    /// <summary>How many grid points of a window get <see cref="WindowSeeds"/>: its ends and two between.</summary>
    /// <remarks>
    /// A seed's points share weights and nested data, so its slope rests on the window's ends: on the tightness figure's
    /// 24 seeds (RF relu d = 100, k = 400, n ≤ 200) the per-seed slopes' sd is 0.078 from all 10 points and 0.080 from
    /// 4, at 40% of the cost.
    /// </remarks>
    public const int WindowAnchors = 4;

    /// <summary>What every curve of the figure measures (<see cref="CurveSpec.Measure"/>): S unless its curves say otherwise.</summary>
    public CurveMeasure Measure => CurveCsv.MeasureOf(Curves);

    /// <summary>
    /// What the sharper laws say of an activation's curves, with the source (a theorem, or an observation in their figures):
    /// set on a figure that is reported beside it, not judged by verdicts; null on the paper's figures, which are.
    /// </summary>
    public Func<Activation, string>? Expected { get; init; }

    /// <summary>One plot per activation (<c>&lt;figure&gt;-&lt;activation&gt;.png</c>), as the sharper laws draw them; else one plot.</summary>
    public bool PanelPerActivation { get; init; }

    /// <summary>What the figure's grid cannot show, one line each, said before it runs (a file's grid); empty for the catalogue's own grids.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Seeds at grid point <paramref name="x"/> of <paramref name="curve"/> in a run of <paramref name="seeds"/> seeds per point.</summary>
    public int SeedsAt(CurveSpec curve, int? x, int seeds) =>
        WindowSeeds > seeds && x is int n && AnchorsOf(curve).Contains(n) ? WindowSeeds : seeds;

    /// <summary>The window's grid points that get <see cref="WindowSeeds"/>: first, last, and evenly between (the grid is log-spaced).</summary>
    public static IReadOnlyList<int> AnchorsOf(CurveSpec curve)
    {
        var window = curve.Ns.Where(n => Verdicts.CurveVerdicts.InWindow(curve.Base, n)).ToArray();
        if (window.Length <= WindowAnchors) return window;
        return Enumerable.Range(0, WindowAnchors).Select(i => window[(int)Math.Round(i * (window.Length - 1.0) / (WindowAnchors - 1))]).Distinct().ToArray();
    }
}

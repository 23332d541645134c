using RobustMem.Curves;

namespace RobustMem.Figures;

/// <summary>One figure of the paper's layout: several curves drawn on one S-against-n log–log panel.</summary>
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

    /// <summary>Seeds at grid point <paramref name="n"/> of <paramref name="curve"/> in a run of <paramref name="seeds"/> seeds per point.</summary>
    public int SeedsAt(CurveSpec curve, int n, int seeds) =>
        WindowSeeds > seeds && AnchorsOf(curve).Contains(n) ? WindowSeeds : seeds;

    /// <summary>The window's grid points that get <see cref="WindowSeeds"/>: first, last, and evenly between (the grid is log-spaced).</summary>
    public static IReadOnlyList<int> AnchorsOf(CurveSpec curve)
    {
        var window = curve.Ns.Where(n => Verdicts.CurveVerdicts.InWindow(curve.Base, n)).ToArray();
        if (window.Length <= WindowAnchors) return window;
        return Enumerable.Range(0, WindowAnchors).Select(i => window[(int)Math.Round(i * (window.Length - 1.0) / (WindowAnchors - 1))]).Distinct().ToArray();
    }
}

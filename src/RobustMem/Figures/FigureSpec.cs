using RobustMem.Curves;

namespace RobustMem.Figures;

/// <summary>One figure of the paper's layout: several curves drawn on one S-against-n log–log panel.</summary>
/// <param name="Name">File stem of the figure's CSV, PNG and SVG.</param>
/// <param name="Title">Figure title.</param>
/// <param name="Claims">Claim ids of THEORY.md §2 the figure bears on.</param>
/// <param name="ShowFrontier">Also draw S*(0) (claim T) for curves where it was computed.</param>
/// <param name="Curves">The curves drawn.</param>
public sealed record FigureSpec(string Name, string Title, IReadOnlyList<string> Claims, IReadOnlyList<CurveSpec> Curves, bool ShowFrontier = false);

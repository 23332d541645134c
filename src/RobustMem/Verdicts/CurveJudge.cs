using RobustMem.Claims;
using RobustMem.Curves;

namespace RobustMem.Verdicts;

/// <summary>How one claim judges swept curves; <see cref="CurveJudges"/> holds one per claim.</summary>
/// <param name="Claim">The claim of THEORY.md §2 judged.</param>
/// <param name="Figure">Its verdicts from the curves of a figure that bears on it (figure name, the figure's curves).</param>
/// <param name="Widths">
/// Its verdict on several widths k of one of its models at equal n (<see cref="ExponentVerdicts.InK"/>), or null when
/// its models have no width to compare.
/// </param>
internal sealed record CurveJudge(
    Claim Claim,
    Func<string, IReadOnlyList<Curve>, IEnumerable<CurveVerdict>> Figure,
    Func<WidthFamily, CurveVerdict>? Widths = null);

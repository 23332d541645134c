namespace RobustMem.Curves;

/// <summary>A swept curve: every (n, seed) point of one <see cref="CurveSpec"/>, ordered by n then seed.</summary>
internal sealed record Curve(CurveSpec Spec, IReadOnlyList<CurvePoint> Points)
{
    public string Name => Spec.Name;

    /// <summary>The grid, ascending.</summary>
    public IReadOnlyList<int> Ns => Points.Select(p => p.N).Distinct().Order().ToArray();

    /// <summary>Per-n summary over seeds; ill-posed points are left out of the means, and a point ill-posed for every seed has NaN means.</summary>
    public IReadOnlyList<CurveSummaryPoint> Summary() =>
        Points.GroupBy(p => p.N).OrderBy(g => g.Key).Select(g => CurveSummaryPoint.Of(g.Key, g.ToArray())).ToArray();
}

using RobustMem.LinearAlgebra;
using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>Runs a <see cref="SweepPlan"/>, or one shard of it: only the points the shard owns, each as its curve's <see cref="CurveSpec.Measure"/> measures it.</summary>
/// <remarks>
/// The one loop of <c>reproduce</c>, for every figure: an unsharded run is <see cref="Shard.Whole"/>, whose items are
/// the whole plan in canonical order (figures, curves, grid points, seeds), so both paths compute the same points in
/// the same order. The plan checked every point before the first fit and any output.
/// </remarks>
internal static class SweepRunner
{
    /// <summary>The shard's points, as partial curves per figure (every curve of the figure, possibly with no point); full curves for <see cref="Shard.Whole"/>.</summary>
    /// <param name="plan">The whole sweep.</param>
    /// <param name="shard">The slice to run; <see cref="Shard.Whole"/> for an unsharded run.</param>
    /// <param name="la">Backend.</param>
    /// <param name="describe">Called with "figure: curve label" before a curve's first point of this shard.</param>
    /// <param name="advance">Called once per point done.</param>
    /// <param name="progressOf">A progress sink for one item whose measure reports progress (<see cref="CurveMeasure.ReportsProgress"/>),
    /// passed to it (the fraction of the point done), for long points; disposed after the point when it is <see cref="IDisposable"/>.</param>
    public static IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves)> Run(SweepPlan plan, Shard shard, ILinearAlgebra? la = null,
        Action<string>? describe = null, Action? advance = null, Func<SweepItem, IProgress<double>?>? progressOf = null)
    {
        la ??= Backend.Current;
        var owned = plan.ItemsOf(shard).ToLookup(i => i.Curve);
        var results = new List<(FigureSpec, IReadOnlyList<Curve>)>();
        foreach (var figure in plan.Figures)
        {
            var curves = new List<Curve>();
            foreach (var spec in figure.Curves)
            {
                var items = owned[spec].Where(i => i.Figure == figure).ToArray();
                if (items.Length > 0) describe?.Invoke($"{figure.Name}: {spec.Label}");
                var points = new List<CurvePoint>();
                foreach (var item in items)
                {
                    var progress = spec.Measure.ReportsProgress ? progressOf?.Invoke(item) : null;
                    try { points.Add(spec.Measure.Measure(item.Regime, item.X, figure.ShowFrontier, la, progress)); }
                    finally { (progress as IDisposable)?.Dispose(); }
                    advance?.Invoke();
                }
                curves.Add(new Curve(spec, points));
            }
            results.Add((figure, curves));
        }
        return results;
    }
}

using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.Verdicts;
using ScottPlot;

namespace RobustMem.Cli.Figures;

/// <summary>Draws a figure as the paper lays it out: S against n on log–log axes, a band over seeds, the bound's shape per width.</summary>
/// <remarks>
/// The band is mean ± one seed standard deviation; ill-posed points are gaps, never drawn as numbers. The verdict is
/// read off S/bound in the fitting window (<see cref="CurveVerdicts.InWindow"/>), shaded here, away from the
/// interpolation thresholds (claim M), marked by dotted vertical lines. Each width gets its own reference line
/// c·bound(n, k) with one constant c for the figure, so that √(n/k)'s fall with k stands beside S's own change with k.
/// </remarks>
internal static class FigurePlot
{
    // The claims whose verdicts fit an exponent of S/bound over the window (ExponentVerdicts, through CurveJudges); M, N
    // and R read peaks and levels, so their figures shade no window.
    private static readonly HashSet<Claim> Fitted =
        [Claim.InfiniteRandomFeatures, Claim.InfiniteNeuralTangent, Claim.FiniteRandomFeatures, Claim.FiniteNeuralTangent, Claim.Generality, Claim.Tightness];

    public static void Save(FigureSpec figure, IReadOnlyList<Curve> curves, string pngPath, string svgPath) =>
        PlotFiles.Save(Build(figure, curves), pngPath, svgPath);

    internal static Plot Build(FigureSpec figure, IReadOnlyList<Curve> curves)
    {
        var plot = new Plot();
        var legend = CurveLegend.Of(curves.Select(c => c.Spec.Base).ToArray());
        var xs = new List<double>();
        var ys = new List<double>();
        if (figure.Claims.Any(id => Fitted.Contains(Claim.ById(id)))) AddWindows(plot, curves, legend);
        for (int c = 0; c < curves.Count; c++)
        {
            var summary = curves[c].Summary().Where(p => !p.IllPosed && p.Sobolev > 0).ToArray();
            if (summary.Length == 0) continue;
            double[] x = summary.Select(p => Math.Log10(p.N)).ToArray();
            double[] y = summary.Select(p => Math.Log10(p.Sobolev)).ToArray();
            if (summary.Any(p => p.Seeds > 1))
            {
                double[] low = summary.Select(p => Math.Log10(Math.Max(p.Sobolev - p.SobolevSpread, p.Sobolev / 10))).ToArray();
                double[] high = summary.Select(p => Math.Log10(p.Sobolev + p.SobolevSpread)).ToArray();
                var band = plot.Add.FillY(x, low, high);
                ys.AddRange(low);
                ys.AddRange(high);
                band.FillStyle.Color = CurveStyle.Color(c).WithAlpha(0.15);
                band.LineStyle.Width = 0;
            }
            var line = plot.Add.Scatter(x, y);
            CurveStyle.Apply(line, c);
            line.LegendText = figure.ShowFrontier ? $"S, {legend.Labels[c]}" : legend.Labels[c];
            xs.AddRange(x);
            ys.AddRange(y);
            if (figure.ShowFrontier) ys.AddRange(AddFrontier(plot, summary, c, legend.Labels[c]));
        }
        ys.AddRange(AddReferences(plot, curves, legend));
        AddThresholds(plot, curves, xs.Min(), xs.Max());
        plot.Title(FigureTitle.Wrap(legend.Shared.Length == 0 ? figure.Title : $"{figure.Title}\n{legend.Shared}"));
        plot.XLabel("n (training points)");
        plot.YLabel(YLabel(figure, curves));
        Frame(plot, xs.Min(), xs.Max(), ys.Min(), ys.Max());
        return plot;
    }

    /// <summary>What the y axis holds: the min-norm interpolator's S, the ridge fit's at λ &gt; 0, and S*(0) beside it.</summary>
    private static string YLabel(FigureSpec figure, IReadOnlyList<Curve> curves)
    {
        string fit = curves.Any(c => c.Spec.Base.Ridge > 0) ? "ridge fit; λ = 0: min-norm" : "min-norm interpolator";
        return figure.ShowFrontier ? $"Sobolev seminorm: S ({fit}), S*(0)" : $"Sobolev seminorm S ({fit})";
    }

    // S*(0), the exact frontier, in the curve's colour: filled markers on a dotted line, where S has its own markers.
    private static IEnumerable<double> AddFrontier(Plot plot, CurveSummaryPoint[] summary, int c, string label)
    {
        var star = summary.Where(p => double.IsFinite(p.FrontierAtZero) && p.FrontierAtZero > 0).ToArray();
        if (star.Length == 0) return [];
        double[] y = star.Select(p => Math.Log10(p.FrontierAtZero)).ToArray();
        var frontier = plot.Add.Scatter(star.Select(p => Math.Log10(p.N)).ToArray(), y, CurveStyle.Color(c));
        frontier.MarkerShape = MarkerShape.FilledCircle;
        frontier.MarkerSize = 5;
        frontier.LineWidth = 1.5f;
        frontier.LinePattern = LinePattern.Dotted;
        frontier.LegendText = $"S*(0), {label}";
        return y;
    }

    // c·bound(n) for each distinct bound (one per width for √(n/k), one for all of √n), c = S/bound at the first curve's first point.
    private static IEnumerable<double> AddReferences(Plot plot, IReadOnlyList<Curve> curves, CurveLegend legend)
    {
        var first = curves[0].Summary().FirstOrDefault(p => !p.IllPosed && p.Sobolev > 0);
        if (first is null) return [];
        var bound = curves[0].Spec.Base.Model.Claim.Bound;
        double constant = first.Sobolev / bound.Of(curves[0].Spec.At(first.N, 0));
        var groups = curves.Select((curve, i) => (curve, i)).GroupBy(t => t.curve.Spec.Base.Model.Claim.Bound.Of(t.curve.Spec.At(100, 0))).ToArray();
        var ys = new List<double>();
        foreach (var group in groups)
        {
            var (curve, i) = group.First();
            int lo = group.Min(t => t.curve.Spec.Ns[0]), hi = group.Max(t => t.curve.Spec.Ns[^1]);
            var shape = curve.Spec.Base.Model.Claim.Bound;
            double[] n = [lo, hi];
            double[] y = n.Select(v => Math.Log10(constant * shape.Of(curve.Spec.At((int)v, 0)))).ToArray();
            var reference = plot.Add.Scatter(n.Select(Math.Log10).ToArray(), y, groups.Length == 1 ? Colors.Gray : CurveStyle.Color(i).WithAlpha(0.7));
            reference.MarkerSize = 0;
            reference.LineWidth = 3;
            reference.LegendText = groups.Length == 1 ? $"∝ {shape.Symbol}" : $"∝ {shape.Symbol}, {legend.Labels[i]}";
            ys.AddRange(y);
        }
        return ys;
    }

    // The window each verdict fits S/bound in: a grey span when every curve has the same one, else each curve's fitted
    // stretch under a wide pale line in its colour (nested spans of three colours mixed into one murky patch).
    private static void AddWindows(Plot plot, IReadOnlyList<Curve> curves, CurveLegend legend)
    {
        var windows = curves.Select((curve, i) => (i, curve, ns: curve.Ns.Where(n => CurveVerdicts.InWindow(curve.Spec.Base, n)).ToArray()))
            .Where(w => w.ns.Length >= 2).ToArray();
        if (windows.Length == 0) return;
        if (windows.Select(w => (w.ns[0], w.ns[^1])).Distinct().Count() == 1)
        {
            var span = plot.Add.HorizontalSpan(Math.Log10(windows[0].ns[0]), Math.Log10(windows[0].ns[^1]));
            span.FillStyle.Color = Colors.Gray.WithAlpha(0.12);
            span.LineStyle.Width = 0;
            span.LegendText = "fit window";
            return;
        }
        foreach (var (i, curve, ns) in windows)
        {
            var inside = curve.Summary().Where(p => ns.Contains(p.N) && !p.IllPosed && p.Sobolev > 0).ToArray();
            var stretch = plot.Add.Scatter(inside.Select(p => Math.Log10(p.N)).ToArray(), inside.Select(p => Math.Log10(p.Sobolev)).ToArray(), CurveStyle.Color(i).WithAlpha(0.3));
            stretch.MarkerSize = 0;
            stretch.LineWidth = 12;
            stretch.LegendText = $"fit window, {legend.Labels[i]}";
        }
    }

    // Claim M's predicted thresholds in range, one dotted line each (grey when several curves share it).
    private static void AddThresholds(Plot plot, IReadOnlyList<Curve> curves, double xMin, double xMax)
    {
        var thresholds = curves.Select((curve, i) => (i, curve))
            .Where(t => !t.curve.Spec.Base.Model.IsKernel && t.curve.Spec.Base.Ridge == 0)
            .SelectMany(t => InterpolationThresholds.Predicted(t.curve.Spec.Base).Select(n => (t.i, n)))
            .Where(t => Math.Log10(t.n) >= xMin && Math.Log10(t.n) <= xMax)
            .GroupBy(t => t.n).OrderBy(g => g.Key).ToArray();
        bool first = true;
        foreach (var threshold in thresholds)
        {
            var line = plot.Add.VerticalLine(Math.Log10(threshold.Key));
            line.Color = threshold.Count() > 1 ? Colors.Gray : CurveStyle.Color(threshold.First().i);
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dotted;
            if (first) line.LegendText = "interpolation threshold";
            first = false;
        }
    }

    /// <summary>Log–log axes over the data with a margin, the legend outside on the right (the same in every figure).</summary>
    internal static void Frame(Plot plot, double xMin, double xMax, double yMin, double yMax)
    {
        double mx = 0.03 * (xMax - xMin), my = 0.05 * Math.Max(yMax - yMin, 0.1);
        plot.Axes.SetLimits(xMin - mx, xMax + mx, yMin - my, yMax + my);
        LogAxis.Apply(plot.Axes.Bottom, xMin - mx, xMax + mx);
        LogAxis.Apply(plot.Axes.Left, yMin - my, yMax + my);
        plot.ShowLegend(Edge.Right);
    }
}

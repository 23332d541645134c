using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.SharperLaws;
using RobustMem.Verdicts;
using ScottPlot;

namespace RobustMem.Cli.Figures;

/// <summary>
/// Draws a figure: its curves on log–log axes, a band over seeds, on one panel, or one per activation
/// (<see cref="FigureSpec.PanelPerActivation"/>). What is drawn beside the curves is the curves' sweep's
/// (<see cref="CurveSpec.Sweep"/>): S against n with the bound's shape, windows and thresholds (the paper's figures), or
/// ‖∇f(x₀)‖ against p with S(∞) and √(Nd/p) (the sharper laws').
/// </summary>
/// <remarks>
/// Against n, the band is mean ± one seed standard deviation; ill-posed points are gaps, never drawn as numbers. The
/// verdict is read off S/bound in the fitting window (<see cref="CurveVerdicts.InWindow"/>), shaded here, away from the
/// interpolation thresholds (claim M), marked by dotted vertical lines. Each width gets its own reference line
/// c·bound(n, k) with one constant c for the figure, so that √(n/k)'s fall with k stands beside S's own change with k.
/// Against the width, as the sharper laws' paper draws it: one curve per N (mean over seeds, band from the least to the
/// largest seed), the kernel interpolator's S(∞) a dotted level and the universal law's √(Nd/p) a thick pale line, both in
/// the curve's colour; the slope <c>summary.md</c> reports is fitted over p ≥ p_max/4 (<see cref="SensitivityTrend.SlopeWindow"/>), shaded.
/// </remarks>
internal static class FigurePlot
{
    // The claims whose verdicts fit an exponent of S/bound over the window (ExponentVerdicts, through CurveJudges); M, N
    // and R read peaks and levels, so their figures shade no window.
    private static readonly HashSet<Claim> Fitted =
        [Claim.InfiniteRandomFeatures, Claim.InfiniteNeuralTangent, Claim.FiniteRandomFeatures, Claim.FiniteNeuralTangent, Claim.Generality, Claim.Tightness];

    /// <summary>Draws a one-panel figure.</summary>
    public static void Save(FigureSpec figure, IReadOnlyList<Curve> curves, string pngPath, string svgPath) =>
        PlotFiles.Save(Build(figure, curves), pngPath, svgPath);

    /// <summary>The figure's plots: its file stem, title and curves each; one per activation when the figure is drawn so.</summary>
    public static IReadOnlyList<(string Stem, string Title, IReadOnlyList<Curve> Curves)> Panels(FigureSpec figure, IReadOnlyList<Curve> curves) =>
        figure.PanelPerActivation
            ? curves.GroupBy(c => c.Spec.Base.Sigma).Select(g => ($"{figure.Name}-{g.Key.Name}", $"{figure.Title}\nσ = {g.Key.Name}", (IReadOnlyList<Curve>)g.ToArray())).ToArray()
            : [(figure.Name, figure.Title, curves)];

    /// <summary>One panel: <paramref name="curves"/> (all of a one-panel figure's, or one activation's) under <paramref name="title"/> (the figure's when null).</summary>
    internal static Plot Build(FigureSpec figure, IReadOnlyList<Curve> curves, string? title = null)
    {
        var plot = new Plot();
        var layers = Layers.For(figure, curves);
        var xs = new List<double>();
        var ys = new List<double>();
        layers.Before(plot);
        for (int c = 0; c < curves.Count; c++)
        {
            if (layers.Series(c) is not { } series) continue;
            if (series.Low is { } low && series.High is { } high)
            {
                var band = plot.Add.FillY(series.X, low, high);
                ys.AddRange(low);
                ys.AddRange(high);
                band.FillStyle.Color = CurveStyle.Color(c).WithAlpha(0.15);
                band.LineStyle.Width = 0;
            }
            var line = plot.Add.Scatter(series.X, series.Y);
            CurveStyle.Apply(line, c);
            line.LegendText = series.Label;
            xs.AddRange(series.X);
            ys.AddRange(series.Y);
            ys.AddRange(layers.Beside(plot, c, series));
        }
        ys.AddRange(layers.After(plot, xs));
        plot.Title(FigureTitle.Wrap(layers.Title(title ?? figure.Title)));
        plot.XLabel(layers.XLabel);
        plot.YLabel(layers.YLabel);
        if (xs.Count > 0) Frame(plot, xs.Min(), xs.Max(), ys.Min(), ys.Max());
        return plot;
    }

    /// <summary>One curve as drawn: x and the mean in log10, the band's edges when there is a spread, the legend text.</summary>
    private sealed record Series(double[] X, double[] Y, double[]? Low, double[]? High, string Label);

    /// <summary>What a panel draws beside its curves, by what the curves sweep; a sweep without its layers is an error, never another's.</summary>
    private abstract class Layers
    {
        public static Layers For(FigureSpec figure, IReadOnlyList<Curve> curves)
        {
            var sweep = curves.Select(c => c.Spec.Sweep).Distinct().Single();
            return sweep == SweptVariable.N ? new AgainstN(figure, curves)
                : sweep == SweptVariable.Width ? new AgainstWidth(curves)
                : throw new ArgumentOutOfRangeException(nameof(curves), "no plot layers for this sweep");
        }

        public abstract void Before(Plot plot);

        /// <summary>Curve <paramref name="c"/> of the panel as drawn; null when it has no point to draw.</summary>
        public abstract Series? Series(int c);

        public abstract IEnumerable<double> Beside(Plot plot, int c, Series series);

        public abstract IEnumerable<double> After(Plot plot, IReadOnlyList<double> xs);

        public abstract string Title(string title);

        public abstract string XLabel { get; }

        public abstract string YLabel { get; }
    }

    // The paper's figures: S against n.
    private sealed class AgainstN(FigureSpec figure, IReadOnlyList<Curve> curves) : Layers
    {
        private readonly CurveLegend _legend = CurveLegend.Of(curves.Select(c => c.Spec.Base).ToArray());
        private CurveSummaryPoint[] _summary = [];

        public override void Before(Plot plot)
        {
            if (figure.Claims.Any(id => Fitted.Contains(Claim.ById(id)))) AddWindows(plot, curves, _legend);
        }

        public override Series? Series(int c)
        {
            var summary = _summary = curves[c].Summary().Where(p => !p.IllPosed && p.Sobolev > 0).ToArray();
            if (summary.Length == 0) return null;
            double[] x = summary.Select(p => Math.Log10(p.N)).ToArray();
            double[] y = summary.Select(p => Math.Log10(p.Sobolev)).ToArray();
            bool band = summary.Any(p => p.Seeds > 1);
            double[]? low = band ? summary.Select(p => Math.Log10(Math.Max(p.Sobolev - p.SobolevSpread, p.Sobolev / 10))).ToArray() : null;
            double[]? high = band ? summary.Select(p => Math.Log10(p.Sobolev + p.SobolevSpread)).ToArray() : null;
            return new Series(x, y, low, high, figure.ShowFrontier ? $"S, {_legend.Labels[c]}" : _legend.Labels[c]);
        }

        public override IEnumerable<double> Beside(Plot plot, int c, Series series) =>
            figure.ShowFrontier ? AddFrontier(plot, _summary, c, _legend.Labels[c]) : [];

        public override IEnumerable<double> After(Plot plot, IReadOnlyList<double> xs)
        {
            var ys = AddReferences(plot, curves, _legend).ToArray();
            AddThresholds(plot, curves, xs.Min(), xs.Max());
            return ys;
        }

        public override string Title(string title) => _legend.Shared.Length == 0 ? title : $"{title}\n{_legend.Shared}";

        public override string XLabel => "n (training points)";

        public override string YLabel => FigurePlot.YLabel(figure, curves);
    }

    // The sharper laws' figures: ‖∇f(x₀)‖ against p, one curve per N.
    private sealed class AgainstWidth(IReadOnlyList<Curve> curves) : Layers
    {
        public override void Before(Plot plot)
        {
            var finite = curves.SelectMany(c => c.Points).Where(p => p.K is not null && p.Parameters is not null).ToArray();
            if (finite.Length == 0) return;
            double top = finite.Max(p => p.Parameters!.Value);
            var window = plot.Add.HorizontalSpan(Math.Log10(top / SensitivityTrend.SlopeWindow), Math.Log10(top));
            window.FillStyle.Color = Colors.Gray.WithAlpha(0.1);
            window.LineStyle.Width = 0;
            window.LegendText = $"slope window, p ≥ p_max/{SensitivityTrend.SlopeWindow:G}";
        }

        private static IGrouping<double, CurvePoint>[] Widths(Curve curve) => curve.Points
            .Where(p => p.K is not null && SensitivityTrend.SensitivityOf(p) is var s && double.IsFinite(s) && s > 0)
            .GroupBy(p => p.Parameters!.Value).OrderBy(g => g.Key).ToArray();

        public override Series? Series(int c)
        {
            var curve = curves[c];
            var widths = Widths(curve);
            if (widths.Length == 0) return null;
            double[] xs = widths.Select(g => Math.Log10(g.Key)).ToArray();
            bool band = widths.Any(g => g.Count() > 1);
            double[]? low = band ? widths.Select(g => Math.Log10(g.Min(p => p.Sensitivity!.Value))).ToArray() : null;
            double[]? high = band ? widths.Select(g => Math.Log10(g.Max(p => p.Sensitivity!.Value))).ToArray() : null;
            double[] mean = widths.Select(g => Math.Log10(g.Average(p => p.Sensitivity!.Value))).ToArray();
            return new Series(xs, mean, low, high, $"S, N = {curve.Spec.Base.N}");
        }

        public override IEnumerable<double> Beside(Plot plot, int c, Series series)
        {
            var curve = curves[c];
            int n = curve.Spec.Base.N;
            var color = CurveStyle.Color(c);
            var ys = new List<double>();
            double[] universal = Widths(curve).Select(g => Math.Log10(g.First().UniversalBound!.Value)).ToArray();
            var bound = plot.Add.Scatter(series.X, universal, color.WithAlpha(0.5));
            bound.MarkerSize = 0;
            bound.LineWidth = 3;
            bound.LegendText = $"√(Nd/p), N = {n}";
            ys.AddRange(universal);
            var kernel = curve.Points.Where(p => p.K is null && SensitivityTrend.SensitivityOf(p) is var s && double.IsFinite(s) && s > 0).ToArray();
            if (kernel.Length > 0)
            {
                double level = Math.Log10(kernel.Average(p => p.Sensitivity!.Value));
                var limit = plot.Add.Scatter(new[] { series.X[0], series.X[^1] }, new[] { level, level }, color);
                limit.MarkerSize = 0;
                limit.LineWidth = 2;
                limit.LinePattern = LinePattern.Dotted;
                limit.LegendText = $"S(∞) kernel, N = {n}";
                ys.Add(level);
            }
            return ys;
        }

        public override IEnumerable<double> After(Plot plot, IReadOnlyList<double> xs) => [];

        public override string Title(string title) => title;

        public override string XLabel => curves[0].Spec.Base.Model == Models.Model.NeuralTangent ? "p = kd (parameters)" : "p = k (parameters)";

        public override string YLabel => "S = ‖∇f(x₀)‖ (min-norm interpolator)";
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

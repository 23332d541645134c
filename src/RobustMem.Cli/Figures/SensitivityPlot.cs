using RobustMem.Activations;
using RobustMem.SharperLaws;
using ScottPlot;

namespace RobustMem.Cli.Figures;

/// <summary>
/// One panel of a sensitivity figure, as the sharper laws' paper draws it: S against p on log–log axes for one activation,
/// one curve per N (mean over seeds, band from the least to the largest seed), the kernel interpolator's S(∞) and the
/// universal law's √(Nd/p) in the curve's colour.
/// </summary>
/// <remarks>
/// The slope <c>summary.md</c> reports is fitted over p ≥ p_max/4 (<see cref="SensitivityTrend.SlopeWindow"/>), shaded
/// here. Each N has its marker and line pattern (<see cref="CurveStyle"/>); S(∞) is a dotted level, √(Nd/p) a thick pale
/// line, both in the curve's colour.
/// </remarks>
internal static class SensitivityPlot
{
    public static void Save(SensitivityFigure figure, Activation activation, IReadOnlyList<SensitivityPoint> points, string pngPath, string svgPath) =>
        PlotFiles.Save(Build(figure, activation, points), pngPath, svgPath);

    internal static Plot Build(SensitivityFigure figure, Activation activation, IReadOnlyList<SensitivityPoint> points)
    {
        var plot = new Plot();
        var allX = new List<double>();
        var allY = new List<double>();
        var finite = points.Where(p => p.Activation == activation.Name && p.K is not null && p.Parameters is not null).ToArray();
        if (finite.Length > 0)
        {
            long top = finite.Max(p => p.Parameters!.Value);
            var window = plot.Add.HorizontalSpan(Math.Log10(top / SensitivityTrend.SlopeWindow), Math.Log10(top));
            window.FillStyle.Color = Colors.Gray.WithAlpha(0.1);
            window.LineStyle.Width = 0;
            window.LegendText = $"slope window, p ≥ p_max/{SensitivityTrend.SlopeWindow:G}";
        }
        for (int c = 0; c < figure.Ns.Count; c++)
        {
            int n = figure.Ns[c];
            var color = CurveStyle.Color(c);
            var mine = points.Where(p => p.Activation == activation.Name && p.N == n).ToArray();
            var widths = mine.Where(p => p.K is not null && double.IsFinite(p.Sensitivity) && p.Sensitivity > 0)
                .GroupBy(p => p.Parameters!.Value).OrderBy(g => g.Key).ToArray();
            if (widths.Length == 0) continue;
            double[] xs = widths.Select(g => Math.Log10(g.Key)).ToArray();
            allX.AddRange(xs);
            if (widths.Any(g => g.Count() > 1))
            {
                double[] low = widths.Select(g => Math.Log10(g.Min(p => p.Sensitivity))).ToArray(), high = widths.Select(g => Math.Log10(g.Max(p => p.Sensitivity))).ToArray();
                var band = plot.Add.FillY(xs, low, high);
                band.FillStyle.Color = color.WithAlpha(0.15);
                band.LineStyle.Width = 0;
                allY.AddRange(low);
                allY.AddRange(high);
            }
            double[] mean = widths.Select(g => Math.Log10(g.Average(p => p.Sensitivity))).ToArray();
            var line = plot.Add.Scatter(xs, mean);
            CurveStyle.Apply(line, c);
            line.LegendText = $"S, N = {n}";
            allY.AddRange(mean);
            double[] universal = widths.Select(g => Math.Log10(g.First().UniversalBound!.Value)).ToArray();
            var bound = plot.Add.Scatter(xs, universal, color.WithAlpha(0.5));
            bound.MarkerSize = 0;
            bound.LineWidth = 3;
            bound.LegendText = $"√(Nd/p), N = {n}";
            allY.AddRange(universal);
            var kernel = mine.Where(p => p.K is null && double.IsFinite(p.Sensitivity) && p.Sensitivity > 0).ToArray();
            if (kernel.Length > 0)
            {
                double level = Math.Log10(kernel.Average(p => p.Sensitivity));
                var limit = plot.Add.Scatter(new[] { xs[0], xs[^1] }, new[] { level, level }, color);
                limit.MarkerSize = 0;
                limit.LineWidth = 2;
                limit.LinePattern = LinePattern.Dotted;
                limit.LegendText = $"S(∞) kernel, N = {n}";
                allY.Add(level);
            }
        }
        plot.Title(FigureTitle.Wrap($"{figure.Title}\nσ = {activation.Name}"));
        plot.XLabel(figure.Model == Models.Model.NeuralTangent ? "p = kd (parameters)" : "p = k (parameters)");
        plot.YLabel("S = ‖∇f(x₀)‖ (min-norm interpolator)");
        if (allX.Count > 0) FigurePlot.Frame(plot, allX.Min(), allX.Max(), allY.Min(), allY.Max());
        return plot;
    }
}

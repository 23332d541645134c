using RobustMem.Activations;
using RobustMem.SharperLaws;
using ScottPlot;

namespace RobustMem.Cli.Figures;

/// <summary>
/// One panel of a sensitivity figure, as the sharper laws' paper draws it: log10 S against log10 p for one activation,
/// one curve per N (mean over seeds, band from the least to the largest seed), the kernel interpolator's S(∞) and the
/// universal law's √(Nd/p) in the curve's colour.
/// </summary>
/// <remarks>
/// Skia's SVG canvas cannot dash, so the reference lines are told apart by markers: open circles for S(∞), none for
/// √(Nd/p). ScottPlot has no logarithmic axis type: values are plotted as log10 and the axis labels say so.
/// </remarks>
internal static class SensitivityPlot
{
    public static void Save(SensitivityFigure figure, Activation activation, IReadOnlyList<SensitivityPoint> points, string pngPath, string svgPath)
    {
        var plot = Build(figure, activation, points);
        plot.SavePng(pngPath, FigurePlot.Width, FigurePlot.Height);
        File.WriteAllText(svgPath, FigurePlot.Svg(plot), Sweeps.ShardFolder.Utf8);
    }

    private static Plot Build(SensitivityFigure figure, Activation activation, IReadOnlyList<SensitivityPoint> points)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (int c = 0; c < figure.Ns.Count; c++)
        {
            int n = figure.Ns[c];
            var color = palette.GetColor(c);
            var mine = points.Where(p => p.Activation == activation.Name && p.N == n).ToArray();
            var widths = mine.Where(p => p.K is not null && double.IsFinite(p.Sensitivity) && p.Sensitivity > 0)
                .GroupBy(p => p.Parameters!.Value).OrderBy(g => g.Key).ToArray();
            if (widths.Length == 0) continue;
            double[] xs = widths.Select(g => Math.Log10(g.Key)).ToArray();
            if (widths.Any(g => g.Count() > 1))
            {
                var band = plot.Add.FillY(xs, widths.Select(g => Math.Log10(g.Min(p => p.Sensitivity))).ToArray(), widths.Select(g => Math.Log10(g.Max(p => p.Sensitivity))).ToArray());
                band.FillStyle.Color = color.WithAlpha(0.2);
                band.LineStyle.Width = 0;
            }
            var line = plot.Add.Scatter(xs, widths.Select(g => Math.Log10(g.Average(p => p.Sensitivity))).ToArray(), color);
            line.LegendText = $"S, N={n}";
            line.MarkerSize = 5;
            var bound = plot.Add.Scatter(xs, widths.Select(g => Math.Log10(g.First().UniversalBound!.Value)).ToArray(), color.WithAlpha(0.6));
            bound.MarkerSize = 0;
            bound.LineWidth = 1;
            bound.LegendText = $"√(Nd/p), N={n}";
            var kernel = mine.Where(p => p.K is null && double.IsFinite(p.Sensitivity) && p.Sensitivity > 0).ToArray();
            if (kernel.Length > 0)
            {
                double level = Math.Log10(kernel.Average(p => p.Sensitivity));
                var limit = plot.Add.Scatter(new[] { xs[0], xs[^1] }, new[] { level, level }, color);
                limit.MarkerShape = MarkerShape.OpenCircle;
                limit.MarkerSize = 7;
                limit.LineWidth = 1;
                limit.LegendText = $"S(∞) kernel, N={n}";
            }
        }
        plot.Title($"{figure.Title}, {activation.Name}");
        plot.XLabel("log10 p (parameters: k for RF, kd for NTK)");
        plot.YLabel("log10 S = ‖∇f(x₀)‖ (min-norm)");
        // Outside the panel: inside, six entries cover the curves of the widest models, where the plateau or decay shows.
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}

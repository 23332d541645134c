using RobustMem.Curves;
using RobustMem.Experiments;
using ScottPlot;
using RobustMem.Figures;

namespace RobustMem.Cli.Figures;

/// <summary>Draws a figure as the paper lays it out: log10 S against log10 n, a band over seeds, a slope-½ reference line.</summary>
/// <remarks>
/// ScottPlot has no logarithmic axis type, so the values are plotted as log10 and the axis labels say so.
/// The band is mean ± one seed standard deviation; ill-posed points are gaps, never drawn as numbers.
/// </remarks>
internal static class FigurePlot
{
    public const int Width = 900;
    public const int Height = 600;

    public static void Save(FigureSpec figure, IReadOnlyList<Curve> curves, string pngPath, string svgPath)
    {
        var plot = Build(figure, curves);
        plot.SavePng(pngPath, Width, Height);
        plot.SaveSvg(svgPath, Width, Height);
    }

    private static Plot Build(FigureSpec figure, IReadOnlyList<Curve> curves)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (int c = 0; c < curves.Count; c++)
        {
            var color = palette.GetColor(c);
            var summary = curves[c].Summary().Where(p => !p.IllPosed && p.Sobolev > 0).ToArray();
            if (summary.Length == 0) continue;
            double[] xs = summary.Select(p => Math.Log10(p.N)).ToArray();
            double[] ys = summary.Select(p => Math.Log10(p.Sobolev)).ToArray();
            if (summary.Any(p => p.Seeds > 1))
            {
                var band = plot.Add.FillY(xs,
                    summary.Select(p => Math.Log10(Math.Max(p.Sobolev - p.SobolevSpread, p.Sobolev / 10))).ToArray(),
                    summary.Select(p => Math.Log10(p.Sobolev + p.SobolevSpread)).ToArray());
                band.FillStyle.Color = color.WithAlpha(0.2);
                band.LineStyle.Width = 0;
            }
            var line = plot.Add.Scatter(xs, ys, color);
            line.LegendText = curves[c].Spec.Label;
            line.MarkerSize = 4;
            if (figure.ShowFrontier)
            {
                var star = summary.Where(p => double.IsFinite(p.FrontierAtZero) && p.FrontierAtZero > 0).ToArray();
                if (star.Length > 0)
                {
                    var frontier = plot.Add.Scatter(star.Select(p => Math.Log10(p.N)).ToArray(), star.Select(p => Math.Log10(p.FrontierAtZero)).ToArray(), color);
                    // Skia's SVG canvas cannot dash ("Unsupported path effect"): tell S*(0) apart by its open markers instead.
                    frontier.MarkerShape = MarkerShape.OpenCircle;
                    frontier.MarkerSize = 7;
                    frontier.LineWidth = 1;
                    frontier.LegendText = $"S*(0), {curves[c].Spec.Label}";
                }
            }
        }
        AddReference(plot, curves);
        plot.Title(figure.Title);
        plot.XLabel("log10 n (training points)");
        plot.YLabel("log10 S (Sobolev seminorm, min-norm)");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    // The bound's shape, anchored at the first curve's first point: slope ½ in log–log, for √n and √(n/k) alike.
    private static void AddReference(Plot plot, IReadOnlyList<Curve> curves)
    {
        var first = curves[0].Summary().FirstOrDefault(p => !p.IllPosed && p.Sobolev > 0);
        if (first is null) return;
        int lo = curves.Min(c => c.Ns[0]), hi = curves.Max(c => c.Ns[^1]);
        double anchor = Math.Log10(first.Sobolev) - 0.5 * Math.Log10(first.N);
        var reference = plot.Add.Line(Math.Log10(lo), anchor + 0.5 * Math.Log10(lo), Math.Log10(hi), anchor + 0.5 * Math.Log10(hi));
        reference.LineColor = Colors.Gray;
        reference.LineWidth = 2;
        reference.LegendText = $"∝ {curves[0].Spec.Base.Model.Claim.Bound.Symbol} (slope ½)";
    }
}

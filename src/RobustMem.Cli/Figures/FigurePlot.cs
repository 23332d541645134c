using System.Text.RegularExpressions;
using RobustMem.Curves;
using RobustMem.Experiments;
using ScottPlot;
using RobustMem.Figures;
using RobustMem.Sweeps;
using SkiaSharp;

namespace RobustMem.Cli.Figures;

/// <summary>Draws a figure as the paper lays it out: log10 S against log10 n, a band over seeds, a slope-½ reference line.</summary>
/// <remarks>
/// ScottPlot has no logarithmic axis type, so the values are plotted as log10 and the axis labels say so.
/// The band is mean ± one seed standard deviation; ill-posed points are gaps, never drawn as numbers.
/// </remarks>
internal static partial class FigurePlot
{
    public const int Width = 900;
    public const int Height = 600;

    public static void Save(FigureSpec figure, IReadOnlyList<Curve> curves, string pngPath, string svgPath)
    {
        var plot = Build(figure, curves);
        plot.SavePng(pngPath, Width, Height);
        File.WriteAllText(svgPath, Svg(plot), ShardFolder.Utf8);
    }

    /// <summary>The plot as SVG, its clip paths numbered in document order: the same plot gives the same bytes in any process.</summary>
    /// <remarks>
    /// Skia's SVG canvas names each clipPath <c>cl_&lt;hex&gt;</c> after its clip's generation id, which comes from one
    /// counter per process that every Skia clip increments (PNG and SVG, on any thread). So the same figure's SVG got
    /// other ids when anything in the process had drawn before it: in a fresh <c>./robustmem</c> the ridge figure's first
    /// clip is cl_4, drawn again in the same process cl_b, and in the test process, where other tests' <c>reproduce</c>
    /// run in parallel, whatever the interleaving gave (CHANGELOG.md, 2026-11-30).
    /// </remarks>
    internal static string Svg(Plot plot)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
            plot.Render(canvas, Width, Height);
        return RenumberClips(ShardFolder.Utf8.GetString(stream.ToArray()));
    }

    /// <summary>Renames Skia's clip ids (<c>cl_&lt;hex&gt;</c>, where defined and where used) to cl_0, cl_1, … in order of first appearance.</summary>
    internal static string RenumberClips(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!names.TryGetValue(m.Groups["id"].Value, out var name)) names.Add(m.Groups["id"].Value, name = $"cl_{names.Count}");
            return m.Groups["before"].Value + name + m.Groups["after"].Value;
        });
    }

    [GeneratedRegex(@"(?<before>id=""|url\(#)cl_(?<id>[0-9a-f]+)(?<after>""|\))")]
    private static partial Regex ClipId();

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

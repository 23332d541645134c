using System.Text.RegularExpressions;
using RobustMem.Sweeps;
using ScottPlot;
using SkiaSharp;

namespace RobustMem.Cli.Figures;

/// <summary>Writes a plot as PNG and SVG at one size: 1800 × 1200 pixels, every font and line drawn at twice ScottPlot's scale.</summary>
/// <remarks>
/// Twice the 900 × 600 the figures had (issue 20), with the same layout: <see cref="Plot.ScaleFactor"/> 2 doubles text,
/// lines and markers with the canvas, so a PNG dropped into a slide or a paper is sharp rather than a larger, thinner plot.
/// </remarks>
internal static partial class PlotFiles
{
    public const int Width = 1800;
    public const int Height = 1200;
    public const float Scale = 2;

    public static void Save(Plot plot, string pngPath, string svgPath)
    {
        plot.ScaleFactor = Scale;
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
        plot.ScaleFactor = Scale;
        var patterned = SolidForSvg(plot);
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
            plot.Render(canvas, Width, Height);
        foreach (var (style, pattern, color) in patterned) (style.Pattern, style.Color) = (pattern, color);
        return RenumberClips(Dash(ShardFolder.Utf8.GetString(stream.ToArray())));
    }

    // Skia's SVG canvas draws no path effect: it prints "Unsupported path effect in addPaint." and strokes solid. So for
    // the SVG a patterned (opaque) line is drawn solid with an alpha that names its pattern, written back as stroke-dasharray.
    private static readonly (LinePattern Pattern, byte Alpha, string DashArray)[] Patterns =
        [(LinePattern.Dashed, 254, "10 6"), (LinePattern.Dotted, 253, "2 4"), (LinePattern.DenselyDashed, 252, "6 3")];

    private static List<(LineStyle Style, LinePattern Pattern, Color Color)> SolidForSvg(Plot plot)
    {
        var changed = new List<(LineStyle, LinePattern, Color)>();
        foreach (var plottable in plot.GetPlottables())
        {
            var style = plottable switch
            {
                ScottPlot.Plottables.Scatter s => s.LineStyle,
                ScottPlot.Plottables.AxisLine a => a.LineStyle,
                _ => null,
            };
            if (style is null || style.Pattern.Equals(LinePattern.Solid)) continue;
            changed.Add((style, style.Pattern, style.Color));
            int tag = Array.FindIndex(Patterns, p => p.Pattern.Equals(style.Pattern));
            if (tag >= 0 && style.Color.A == 255) style.Color = style.Color.WithAlpha(Patterns[tag].Alpha);
            style.Pattern = LinePattern.Solid;
        }
        return changed;
    }

    private static string Dash(string svg) => StrokeOpacity().Replace(svg, m =>
    {
        int alpha = (int)Math.Round(double.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture) * 255);
        int tag = Array.FindIndex(Patterns, p => p.Alpha == alpha);
        return tag < 0 ? m.Value : $"stroke-dasharray=\"{Patterns[tag].DashArray}\"";
    });

    [GeneratedRegex(@"stroke-opacity=""(?<a>[0-9.]+)""")]
    private static partial Regex StrokeOpacity();

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
}

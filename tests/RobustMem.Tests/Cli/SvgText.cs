using System.Globalization;
using System.Text.RegularExpressions;

namespace RobustMem.Tests.Cli;

/// <summary>The text elements of an SVG Skia wrote, each with the box its glyphs cover on the canvas.</summary>
/// <remarks>
/// Skia writes a text run as <c>&lt;text transform="matrix(a b c d e f)" font-size="F" x="x₁, x₂, …, " y="y, "&gt;</c>:
/// one x per glyph, the baseline y, in text space. The box spans the first glyph's x to the last one's plus 0.7 F
/// (DejaVu's widest glyphs are about 0.7 em), and the baseline minus 0.8 F (ascent) to plus 0.25 F (descent), mapped to
/// the canvas by the matrix (rotated labels too).
/// </remarks>
internal static partial class SvgText
{
    public sealed record Element(string Text, double Left, double Top, double Right, double Bottom);

    public static (double Width, double Height) Canvas(string svg)
    {
        var m = CanvasSize().Match(svg);
        return (double.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture));
    }

    public static IReadOnlyList<Element> Elements(string svg) => TextRun().Matches(svg).Select(m =>
    {
        double[] t = Numbers(m.Groups["matrix"].Value);
        double size = double.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture);
        double[] xs = Numbers(m.Groups["x"].Value);
        double y = Numbers(m.Groups["y"].Value)[0];
        var corners = new[] { (xs[0], y - 0.8 * size), (xs[^1] + 0.7 * size, y - 0.8 * size), (xs[0], y + 0.25 * size), (xs[^1] + 0.7 * size, y + 0.25 * size) }
            .Select(p => (X: t[0] * p.Item1 + t[2] * p.Item2 + t[4], Y: t[1] * p.Item1 + t[3] * p.Item2 + t[5])).ToArray();
        return new Element(System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value), corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
    }).ToArray();

    /// <summary>The elements that reach outside the canvas, described.</summary>
    public static IReadOnlyList<string> Outside(string svg)
    {
        var (w, h) = Canvas(svg);
        return Elements(svg).Where(e => e.Left < 0 || e.Top < 0 || e.Right > w || e.Bottom > h)
            .Select(e => FormattableString.Invariant($"'{e.Text}' spans x {e.Left:F0}…{e.Right:F0}, y {e.Top:F0}…{e.Bottom:F0} on a {w}×{h} canvas")).ToArray();
    }

    private static double[] Numbers(string list) =>
        list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    [GeneratedRegex(@"<svg[^>]* width=""(?<w>[0-9.]+)"" height=""(?<h>[0-9.]+)""")]
    private static partial Regex CanvasSize();

    [GeneratedRegex(@"<text transform=""matrix\((?<matrix>[^)]*)\)"" font-size=""(?<size>[0-9.]+)""[^>]*? x=""(?<x>[^""]*)"" y=""(?<y>[^""]*)""[^>]*>(?<text>[^<]*)</text>")]
    private static partial Regex TextRun();
}

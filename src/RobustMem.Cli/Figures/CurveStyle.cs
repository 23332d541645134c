using ScottPlot;

namespace RobustMem.Cli.Figures;

/// <summary>How the i-th curve of a panel is drawn: colour, marker and line pattern, so that curves that lie on each other stay apart.</summary>
/// <remarks>
/// In the activations figure erf lies exactly under tanh and abs nearly under quadratic (issue 20): colour alone hid
/// one of each pair. Markers differ in shape and size (a small filled marker shows inside a larger open one), and lines
/// in pattern, so a curve can be told in grey print too.
/// </remarks>
internal static class CurveStyle
{
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    private static readonly (MarkerShape Shape, float Size)[] Markers =
    [
        (MarkerShape.OpenCircle, 9), (MarkerShape.FilledSquare, 5), (MarkerShape.OpenTriangleUp, 9), (MarkerShape.FilledDiamond, 6),
        (MarkerShape.OpenSquare, 8), (MarkerShape.FilledCircle, 5),
    ];

    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static Color Color(int i) => Palette.GetColor(i);

    public static void Apply(ScottPlot.Plottables.Scatter line, int i)
    {
        line.Color = Color(i);
        (line.MarkerShape, line.MarkerSize) = Markers[i % Markers.Length];
        line.LinePattern = Patterns[i % Patterns.Length];
        line.LineWidth = 1.5f;
    }
}

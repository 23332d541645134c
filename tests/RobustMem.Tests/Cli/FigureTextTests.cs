using RobustMem.Cli.Figures;
using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Tests.Cli;

/// <summary>
/// Every text element of every figure's SVG lies inside the canvas: titles, axis labels, tick labels and legends (issue 20:
/// the sensitivity titles started at a negative x, clipped in the PNG and in the SVG); and none says "log10".
/// </summary>
/// <remarks>
/// The figures are drawn from synthetic points on the default catalogue's own curves and grids, so their titles, legends
/// and axes are the ones <c>reproduce</c> draws, without fitting anything: the layout depends on the text and the ranges,
/// not on how the numbers were made. The values span what the default run gives (S from 1 to 10³, a peak at each threshold).
/// </remarks>
public sealed class FigureTextTests
{
    [Fact]
    public void EveryTextOfEveryFigure_LiesInsideTheCanvas()
    {
        var outside = new List<string>();
        foreach (var figure in FigureCatalog.Figures(FigureScale.Default))
            outside.AddRange(Check(figure.Name, PlotFiles.Svg(FigurePlot.Build(figure, figure.Curves.Select(Synthetic).ToArray()))));
        foreach (var figure in FigureCatalog.OnlyWhenNamed(FigureScale.Default))
            foreach (var (stem, title, curves) in FigurePlot.Panels(figure, figure.Curves.Select(WidthSynthetic).ToArray()))
                outside.AddRange(Check(stem, PlotFiles.Svg(FigurePlot.Build(figure, curves, title))));
        Assert.True(outside.Count == 0, string.Join('\n', outside));
    }

    [Fact]
    public void ATitleWiderThanTheCanvas_IsFound()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });
        plot.Title(string.Concat(Enumerable.Repeat("a title far too long for any canvas ", 8)));
        var outside = Check("control", PlotFiles.Svg(plot));
        Assert.Contains(outside, o => o.Contains("a title far too long", StringComparison.Ordinal));
    }

    [Fact]
    public void ARealFiguresLongTitle_IsWrappedInsideTheCanvas()
    {
        // The title a -real figure draws on Fashion-MNIST (its file's name in it), which was clipped at both ends.
        const string title = "Random features: sensitivity against the width (file:train-images-idx3-ubyte.gz#0vs1, d=784)\nσ = tanh";
        Assert.All(FigureTitle.Wrap(title).Split('\n'), line => Assert.True(line.Length <= FigureTitle.MaxLine, line));
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });
        plot.Title(FigureTitle.Wrap(title));
        Assert.Empty(Check("wrapped", PlotFiles.Svg(plot)));
    }

    private static IEnumerable<string> Check(string name, string svg)
    {
        var elements = SvgText.Elements(svg);
        // Every text element was read: one the pattern missed would pass unchecked.
        Assert.Equal(svg.Split("<text ").Length - 1, elements.Count);
        Assert.NotEmpty(elements);
        // The axes are logarithmic: no label says its values are log10s.
        return SvgText.Outside(svg).Select(o => $"{name}: {o}")
            .Concat(elements.Where(e => e.Text.Contains("log10", StringComparison.OrdinalIgnoreCase)).Select(e => $"{name}: '{e.Text}' names log10"));
    }

    // S = 2·bound, times a peak of 30 at each predicted threshold; two seeds 10% apart; S*(0) at 0.8 S.
    private static Curve Synthetic(CurveSpec spec)
    {
        var thresholds = RobustMem.Claims.InterpolationThresholds.Predicted(spec.Base);
        var points = new List<CurvePoint>();
        foreach (int n in spec.Ns)
            for (int seed = 0; seed < 2; seed++)
            {
                var regime = spec.At(n, seed);
                double bound = regime.Model.Claim.Bound.Of(regime);
                double peak = thresholds.Any(t => t == n) ? 30 : 1;
                double s = 2 * bound * peak * (1 + 0.1 * seed);
                points.Add(new CurvePoint(n, seed, s, 0.01 * s, null, 0, 1, n, bound, 0.8 * s, false));
            }
        return new Curve(spec, points);
    }

    // S = 3(√(Nd/p) + 1) at each width, 3 for the kernel; two seeds 10% apart.
    private static Curve WidthSynthetic(CurveSpec spec) => new(spec,
        (from k in spec.Sweep.Points(spec)
         from seed in new[] { 0, 1 }
         let regime = spec.AtGrid(k, seed)
         let p = k is null ? (long?)null : regime.Model.ParameterCount(regime)
         select new CurvePoint(regime.N, seed, double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false)
         {
             K = k, Parameters = p, Sensitivity = 3 * (1 + 0.1 * seed) * (p is { } m ? Math.Sqrt(regime.N * regime.D / (double)m) + 1 : 1),
             UniversalBound = p is { } q ? Math.Sqrt(regime.N * regime.D / (double)q) : null,
         }).ToArray());
}

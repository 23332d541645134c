using RobustMem.Cli.Figures;
using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.LinearAlgebra;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Cli;

/// <summary>
/// A figure's SVG is the same bytes however much the process drew before it, or draws beside it: Skia names clip paths
/// after a process-wide counter, and <c>NativeExecutableTests.Reproduce_WritesTheSameFiles_AsTheJitBuild</c> failed in
/// full runs on ridge.svg because other tests' <c>reproduce</c> had moved it (CHANGELOG.md, 2026-11-30).
/// </summary>
public sealed class FigurePlotTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robustmem-plot-").FullName;

    // The snapshot scale's ridge figure, one seed, managed: small, and the figure that failed.
    private static readonly (FigureSpec Figure, Curve[] Curves) Ridge = Build();

    private static (FigureSpec, Curve[]) Build()
    {
        var figure = FigureCatalog.Figures(FigureScale.Snapshot).First(f => f.Name == "ridge");
        return (figure, figure.Curves.Select(spec => CurveSweep.Run(spec, 1, ManagedLinearAlgebra.Instance)).ToArray());
    }

    private byte[] Save(string name)
    {
        string stem = Path.Combine(_root, name);
        FigurePlot.Save(Ridge.Figure, Ridge.Curves, stem + ".png", stem + ".svg");
        return File.ReadAllBytes(stem + ".svg");
    }

    [Fact]
    public void SameFigure_SameSvgBytes_AfterOtherDrawing_AndOnParallelThreads()
    {
        var first = Save("first");
        // Each Save draws a PNG and an SVG, so every later one starts further along Skia's counter.
        Assert.True(first.AsSpan().SequenceEqual(Save("second")), "the second SVG of the same figure in this process differs");
        var parallel = new byte[4][];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => parallel[i] = Save($"parallel-{i}"));
        Assert.All(parallel, svg => Assert.True(first.AsSpan().SequenceEqual(svg), "an SVG drawn beside another differs"));
        // Control: the figure has clip paths, so the comparison above covers their ids.
        Assert.Contains("<clipPath id=\"cl_0\"", System.Text.Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public void RenumberClips_NamesClipsInOrderOfFirstAppearance_AndLeavesTextAlone()
    {
        const string svg = "<clipPath id=\"cl_1f\"/><g clip-path=\"url(#cl_1f)\"/><clipPath id=\"cl_a\"/><g clip-path=\"url(#cl_a)\"/><text>cl_1f</text>";
        Assert.Equal("<clipPath id=\"cl_0\"/><g clip-path=\"url(#cl_0)\"/><clipPath id=\"cl_1\"/><g clip-path=\"url(#cl_1)\"/><text>cl_1f</text>",
            PlotFiles.RenumberClips(svg));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

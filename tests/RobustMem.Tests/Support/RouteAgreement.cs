using MathNet.Numerics.LinearAlgebra;
using RobustMem.Experiments;

namespace RobustMem.Tests.Support;

/// <summary>Two routes of one fit give the same numbers: the report, f and ∇f at fresh points, and measure's S, test error and sensitivity, to <see cref="RelTol"/>.</summary>
/// <remarks>Not the Lipschitz ascent: it is ∇f at other points (covered by ∇f), and on the streamed route each of its calls is a pass over W.</remarks>
internal static class RouteAgreement
{
    public const double RelTol = 1e-10;

    public static void Agree(FittedExperiment route, FittedExperiment dense, Matrix<double> points, string label)
    {
        Assert.Equal(dense.Report.Rank, route.Report.Rank);
        Assert.Equal(dense.Report.Interpolates, route.Report.Interpolates);
        Assert.Equal(dense.Report.IllPosed, route.Report.IllPosed);
        Close($"{label} f at fresh points", route.Predict(points).ToColumnMatrix(), dense.Predict(points).ToColumnMatrix());
        Close($"{label} ∇f at fresh points", route.Gradients(points), dense.Gradients(points));
        var a = Experiment.Measure(route, "test", MeasureFields.Paper | MeasureFields.Sensitivity);
        var b = Experiment.Measure(dense, "test", MeasureFields.Paper | MeasureFields.Sensitivity);
        foreach (var (name, x, y) in new[] { ("S", a.Sobolev, b.Sobolev), ("test error", a.TestError, b.TestError), ("sensitivity", a.Sensitivity!.Value, b.Sensitivity!.Value) })
            Assert.True(Math.Abs(x - y) <= RelTol * Math.Abs(y), $"{label} {name}: route {x:R}, dense {y:R}");
    }

    public static void Close(string what, Matrix<double> route, Matrix<double> dense)
    {
        var gap = MatrixGap.Of(route, dense);
        Assert.True(gap.RelativeFrobenius <= RelTol, $"{what}: {gap}");
    }
}

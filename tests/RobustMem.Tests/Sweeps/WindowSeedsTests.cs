using RobustMem.Figures;
using RobustMem.Sweeps;
using RobustMem.Verdicts;

namespace RobustMem.Tests.Sweeps;

/// <summary>The default plan's seeds: the run's at every point, a bound figure's window seeds at four anchors of each window, from any first seed.</summary>
public sealed class WindowSeedsTests
{
    [Fact]
    public void WindowAnchors_GetTheFiguresSeeds_EveryOtherPointTheRuns()
    {
        var plan = new SweepPlan(FigureScale.Default, 3, "tightness");
        var figure = plan.Figures[0];
        Assert.Equal(20, figure.WindowSeeds);
        foreach (var curve in figure.Curves)
        {
            var anchors = FigureSpec.AnchorsOf(curve);
            Assert.Equal(FigureSpec.WindowAnchors, anchors.Count);
            Assert.All(anchors, n => Assert.True(CurveVerdicts.InWindow(curve.Base, n)));
            Assert.Equal(curve.Ns[0], anchors[0]);
            foreach (int n in curve.Ns)
            {
                var seeds = plan.Items.Where(i => i.Curve == curve && i.X == n).Select(i => i.Seed).ToArray();
                Assert.Equal(Enumerable.Range(0, anchors.Contains(n) ? 20 : 3), seeds);
            }
        }
        Assert.Equal(40, new SweepPlan(FigureScale.Default, 3, null).MostSeeds);
    }

    [Fact]
    public void FirstSeed_ShiftsEverySeed_AndFiguresWithoutABoundKeepTheRunsCount()
    {
        var shifted = new SweepPlan(FigureScale.Default, 3, "tightness", firstSeed: 1000);
        Assert.Equal(new SweepPlan(FigureScale.Default, 3, "tightness").Items.Select(i => i.Seed + 1000), shifted.Items.Select(i => i.Seed));
        var ridge = new SweepPlan(FigureScale.Default, 2, "ridge");
        Assert.All(ridge.Items.GroupBy(i => (i.Curve, i.X)), g => Assert.Equal(2, g.Count()));
    }
}

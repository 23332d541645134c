using RobustMem.Curves;
using RobustMem.Verdicts;

namespace RobustMem.Tests.Verdicts;

/// <summary>The log–log fit behind the curve verdicts: its slope, its interval, and when it declines to give one.</summary>
public sealed class ExponentFitTests
{
    [Fact]
    public void RecoversTheSlope_WithBlocksAtDifferentLevels()
    {
        // Two blocks (e.g. two n when fitting in k) at levels 0 and 5: one intercept each, so the slope stays 0.5.
        var samples = (from seed in new[] { 0, 1, 2 }
                       from block in new[] { 0, 1 }
                       from x in new[] { 1.0, 2.0, 3.0 }
                       select new ExponentSample(seed, block, x, 5 * block + 0.5 * x + 0.01 * seed * (x - 2))).ToArray();
        var e = ExponentFit.Of(samples);
        Assert.Equal(0.51, e.Value, 12);
        Assert.True(e.Lower < 0.5 && e.Upper > 0.52, e.ToString());
        Assert.Equal(3, e.Seeds);
    }

    [Fact]
    public void ClusterRobustInterval_IsThePerSeedSlopeInterval_WhenEverySeedHasTheSameX()
    {
        // Issue 20 replaced value ± t(G−1)·sd/√G over per-seed slopes by the pooled fit's CR1 interval: on a balanced
        // design the two are the same numbers, so every verdict of such a design did not move.
        double[] xs = [Math.Log(10), Math.Log(20), Math.Log(40), Math.Log(80)];
        var samples = (from seed in Enumerable.Range(0, 5) from i in Enumerable.Range(0, xs.Length)
                       select new ExponentSample(seed, 0, xs[i], 0.1 * xs[i] + 0.05 * Math.Sin(seed * 3.1 + i * 1.7) + 0.3 * seed)).ToArray();
        var slopes = samples.GroupBy(s => s.Seed).Select(g =>
        {
            double mx = g.Average(s => s.LogX), my = g.Average(s => s.LogY);
            return g.Sum(s => (s.LogX - mx) * (s.LogY - my)) / g.Sum(s => (s.LogX - mx) * (s.LogX - mx));
        }).ToArray();
        double mean = slopes.Average(), sd = Math.Sqrt(slopes.Sum(a => (a - mean) * (a - mean)) / (slopes.Length - 1));
        double half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, slopes.Length - 1, 0.975) * sd / Math.Sqrt(slopes.Length);
        var e = ExponentFit.Of(samples);
        Assert.Equal(mean, e.Value, 12);
        Assert.Equal(mean - half, e.Lower, 12);
        Assert.Equal(mean + half, e.Upper, 12);
        Assert.Contains("5 seeds as clusters", e.Spread);
    }

    [Fact]
    public void SeedsWithOnlyTheWindowsEnds_StillCountAsClusters()
    {
        // reproduce's window anchors: seeds 0..2 at every n, seeds 3..9 at two of them only.
        var samples = (from seed in Enumerable.Range(0, 10) from x in seed < 3 ? new[] { 1.0, 1.5, 2.0, 2.5 } : [1.0, 2.5]
                       select new ExponentSample(seed, 0, x, 0.2 * x + 0.01 * ((seed * 5 + (int)(x * 2)) % 3 - 1))).ToArray();
        var e = ExponentFit.Of(samples);
        Assert.Equal(10, e.Seeds);
        Assert.True(e.Lower < 0.2 && e.Upper > 0.2 && e.Width < 0.05, e.ToString());
    }

    [Fact]
    public void OneSeed_UsesTheRegressionError()
    {
        var e = ExponentFit.Of([new(0, 0, 0, 0), new(0, 0, 1, 0.6), new(0, 0, 2, 0.9), new(0, 0, 3, 1.6)]);
        Assert.Contains("one seed", e.Spread);
        Assert.True(double.IsFinite(e.Width) && e.Width > 0, e.ToString());
    }

    [Fact]
    public void OnePointPerSeed_GivesNoSlope()
    {
        var e = ExponentFit.Of([new(0, 0, 1, 1), new(1, 0, 1, 2)]);
        Assert.True(double.IsNaN(e.Value));
        Assert.Contains("no spread in x", e.ToString());
    }
}

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

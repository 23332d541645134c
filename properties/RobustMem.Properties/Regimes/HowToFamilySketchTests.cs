namespace RobustMem.Properties.Regimes;

/// <summary>
/// docs/how-to/add-a-bound.md sketches a regime family (Docs/AddABoundExample.cs); this draws from it and shrinks it.
/// Its first version drew D = k/2 with the hypothesis K == 2D, false for every odd k: the calibration runner threw
/// "generator left its hypotheses" while the property run, drawing few regimes, did not notice.
/// </summary>
public sealed class HowToFamilySketchTests
{
    // The how-to's family, as docs/how-to/add-a-bound.md shows it (compiled in Docs/AddABoundExample.cs).
    private static RegimeFamily Family(bool fast) => Docs.AddABoundExample.ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension.Family(fast);

    [Theory, Trait("Tier", "fast"), InlineData(true), InlineData(false)]
    public void Sketch_StaysInsideItsHypotheses_ForOddAndEvenK(bool fast)
    {
        var family = Family(fast);
        var regimes = Gen.Sample(family.Generator, 300, new Rnd(5UL, 0x9E3779B97F4A7C15UL), 10);
        Assert.All(regimes, r => Assert.True(family.IsValid(r), $"the sketch generated {RegimeText.Describe(r)} outside its hypotheses"));
        Assert.Contains(regimes, r => r.K % 2 == 1);
        Assert.Contains(regimes, r => r.K % 2 == 0);
        Assert.All(regimes.Take(30).SelectMany(family.Shrink), s => Assert.True(family.IsValid(s), $"the sketch shrank to {RegimeText.Describe(s)}"));
    }

    /// <summary>The first version's hypothesis, K == 2D, on the same draws: refuted by every odd k.</summary>
    [Fact, Trait("Tier", "fast")]
    public void FirstVersion_LeftItsHypotheses_AtOddK()
    {
        var regimes = Gen.Sample(Family(fast: false).Generator, 300, new Rnd(5UL, 0x9E3779B97F4A7C15UL), 10);
        Assert.Contains(regimes, r => r.K != 2 * r.D);
        Assert.All(regimes.Where(r => r.K != 2 * r.D), r => Assert.Equal(1, r.K % 2));
    }
}

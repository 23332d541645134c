using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;

namespace RobustMem.Properties.Regimes;

/// <summary>
/// CONTRIBUTING.md's "How to add a bound" sketches a regime family; this is that sketch, compiled, drawn from, and shrunk.
/// Its first version drew D = k/2 with the hypothesis K == 2D, false for every odd k: the calibration runner threw
/// "generator left its hypotheses" while the property run, drawing few regimes, did not notice.
/// </summary>
public sealed class HowToFamilySketchTests
{
    // As in CONTRIBUTING.md (claim X's Family), with fast = false.
    private static RegimeFamily Family(bool fast) => new(
        $"rf (claim X{(fast ? ", fast" : "")})",
        from k in RegimeFamily.SmallFirst(160, fast ? 200 : 400)
        from n in RegimeFamily.SmallFirst(24, (int)(0.15 * k))
        from seed in RegimeFamily.Seed
        select new Regime(Model.RandomFeatures, D: k / 2, K: k, N: n, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: seed),
        r => r.Model == Model.RandomFeatures && r.D == r.K / 2 && 4 * r.N <= 0.6 * r.K && r.Noise == 1 && r.Ridge == 0);

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

using RobustMem.Activations;
using RobustMem.Models;

namespace RobustMem.Properties.Regimes;

/// <summary>The generators draw only regimes inside their claim's hypotheses, and shrinking never leaves them.</summary>
public sealed class RegimeFamilyTests
{
    public static TheoryData<string> Families => new(AllFamilies().Select(f => f.Name));

    [Theory, Trait("Tier", "fast"), MemberData(nameof(Families))]
    public void Generator_StaysInsideHypotheses_AndShrinksInsideThem(string name)
    {
        var family = AllFamilies().Single(f => f.Name == name);
        var regimes = Gen.Sample(family.Generator, 300, new Rnd(7UL, 0x9E3779B97F4A7C15UL), 10);
        Assert.All(regimes, r => Assert.True(family.IsValid(r), $"{name} generated {RegimeText.Describe(r)} outside its hypotheses"));
        Assert.All(regimes, r => r.Validate());
        Assert.All(regimes.Take(30).SelectMany(family.Shrink), s => Assert.True(family.IsValid(s), $"{name} shrank to {RegimeText.Describe(s)}"));
    }

    [Fact, Trait("Tier", "fast")]
    public void Shrink_ReachesSmallerRegimes()
    {
        var family = ClaimCases.FiniteRandomFeatures.Family(fast: false);
        var regime = new Regime(Model.RandomFeatures, D: 100, K: 300, N: 40, Activation.Abs, Data.InputLaw.Gaussian, Noise: 1, Seed: 3);
        Assert.True(family.IsValid(regime));
        var shrunk = family.Shrink(regime).ToList();
        Assert.Contains(shrunk, s => s.N < regime.N);
        Assert.Contains(shrunk, s => s.Law == Data.InputLaw.Sphere);
        Assert.Contains(shrunk, s => s.Sigma == Activation.Relu);
    }

    /// <summary>Edge laws and small n are visited more often than a uniform draw would: Gen.Frequency at work.</summary>
    [Fact, Trait("Tier", "fast")]
    public void Generality_VisitsEveryLawAndActivation()
    {
        var regimes = Gen.Sample(ClaimCases.Generality.Family(fast: false).Generator, 400, new Rnd(11UL, 0x9E3779B97F4A7C15UL), 10);
        Assert.Equal(4, regimes.Select(r => r.Law).Distinct().Count());
        Assert.Equal(Activation.All.Count, regimes.Select(r => r.Sigma).Distinct().Count());
        Assert.True(regimes.Count(r => r.Law != Data.InputLaw.Sphere) > regimes.Length / 2);
    }

    /// <summary>Every family a claim case draws from (family names are unique: they carry the claim, tier and variant).</summary>
    private static IEnumerable<RegimeFamily> AllFamilies() => ClaimCases.All.Select(c => c.Family).DistinctBy(f => f.Name);
}

using RobustMem.Laws;
using RobustMem.Models;
using RobustMem.ExtensionSample;

namespace RobustMem.Tests.Laws;

/// <summary>
/// The representative regimes of <c>robustmem laws</c> lie inside the calibrated bands' keys: each validates, and the band
/// lookups of its check (keyed tables that refuse anything else) answer, at seed 0 and at another seed. No fit runs here.
/// </summary>
public sealed class LawRegimesTests
{
    public static TheoryData<string, string> Checked() => new(LawRegimes.Regimes.Select(r => (r.Model.Name, r.Law.Name)));

    [Theory, MemberData(nameof(Checked))]
    public void RepresentativeRegime_Validates_AndItsBandsAnswer(string model, string law)
    {
        var entry = LawRegimes.Regimes.Single(r => r.Model.Name == model && r.Law.Name == law);
        foreach (int seed in new[] { 0, 123_456 })
        {
            var regime = entry.At(seed).Validate();
            Assert.Equal(seed, regime.Seed);
            Assert.Same(entry.Model, regime.Model);
            var bands = entry.Check.Bands(regime);
            Assert.NotEmpty(bands);
            Assert.All(bands, b => Assert.True(b.Lower <= b.Upper, $"{b} ({b.Origin})"));
        }
    }

    [Fact]
    public void EveryPaperModel_HasEachLawOnce_CheckedOrNotApplicable()
    {
        foreach (var model in Model.Standard)
        {
            var entries = LawRegimes.For(model);
            Assert.Equal(Law.All, entries.Select(e => e.Law));
            foreach (var law in Law.All)
            {
                int regimes = LawRegimes.Regimes.Count(r => r.Law == law && r.Model == model);
                int notApplicable = LawRegimes.NotApplicable.Count(n => n.Law == law && n.Model == model);
                Assert.True(regimes + notApplicable == 1, $"{model.Name}, {law.Name}: {regimes} regimes and {notApplicable} reasons, want exactly one of them");
            }
        }
    }

    [Fact]
    public void DohmatobsLaw_IsCheckedAgainstTheModelsOwnTheorem()
    {
        foreach (var entry in LawRegimes.Regimes.Where(r => r.Law == Law.Dohmatob))
            Assert.Same(entry.Model.Claim, entry.Check.Claim);
    }

    [Fact]
    public void ModelRegisteredFromOutside_IsNotGivenAPaperModelsRegime()
    {
        var entries = LawRegimes.For(LinearModel.Instance);
        Assert.All(entries, e => Assert.Contains("no representative regime", Assert.IsType<LawNotApplicable>(e).Why));
    }
}

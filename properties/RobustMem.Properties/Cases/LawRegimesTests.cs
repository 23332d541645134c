using RobustMem.Laws;

namespace RobustMem.Properties.Cases;

/// <summary>
/// The representative regimes of <c>robustmem laws</c> (<see cref="LawRegimes"/>) lie inside the family that a case of
/// the same claim draws from, without a control: the family its bands were calibrated on. The unit tests check that
/// the bands answer; this checks the hypotheses, at seed 0 and another.
/// </summary>
public sealed class LawRegimesTests
{
    public static TheoryData<string, string> Checked() => new(LawRegimes.Regimes.Select(r => (r.Model.Name, r.Law.Name)));

    [Theory, Trait("Tier", "fast"), MemberData(nameof(Checked))]
    public void RepresentativeRegime_LiesInsideItsClaimsFamily(string model, string law)
    {
        var entry = LawRegimes.Regimes.Single(r => r.Model.Name == model && r.Law.Name == law);
        var cases = ClaimCases.All.Where(c => c.Name.StartsWith(entry.Check.Claim.Id + " ", StringComparison.Ordinal) && !c.MustFail).ToList();
        Assert.NotEmpty(cases);
        foreach (int seed in new[] { 0, 123_456 })
        {
            var regime = entry.At(seed);
            Assert.True(cases.Any(c => c.Family.IsValid(regime)),
                $"{RegimeText.Describe(regime)} lies outside every family of claim {entry.Check.Claim.Id}: {string.Join("; ", cases.Select(c => c.Family.Name).Distinct())}");
        }
    }
}

using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Laws;

/// <summary>A law checked on one model class at one representative regime, inside the family its bands were calibrated on.</summary>
/// <param name="Law">The law checked.</param>
/// <param name="Model">The model class it is checked on.</param>
/// <param name="Check">The claim's check, its bands and the figures it reports.</param>
/// <param name="Regime">The regime at seed 0; <see cref="At"/> moves it to another seed.</param>
/// <param name="Why">Why the regime lies inside its calibrated family (properties/RobustMem.Properties/Regimes).</param>
public sealed record LawRegime(Law Law, Model Model, LawCheck Check, Regime Regime, string Why) : LawEntry(Law, Model)
{
    /// <summary>The regime at <paramref name="seed"/>: the families draw every seed, so the bands hold at any.</summary>
    public Regime At(int seed) => Regime with { Seed = seed };
}

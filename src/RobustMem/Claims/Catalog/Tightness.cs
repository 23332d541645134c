using RobustMem.Activations;
using RobustMem.Models;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim T (THEORY.md §2): the lower bounds of claims II and III are tight (<see cref="TightnessCheck"/>). It takes its
/// bound and scale from the regime's model. Its properties, regime families and controls:
/// properties/RobustMem.Properties/Claims/Tightness/ (TightnessCases.cs, ClaimT_Tightness.cs).
/// </summary>
internal static class Tightness
{
    public static Claim Claim { get; } = new("T",
        "Tightness of the lower bounds.",
        "interpolating finite model",
        "S(min-norm)/bound stays bounded as n and k grow, and S(min-norm)/S*(0) stays bounded")
    { Bound = ClaimBound.OfTheModel, Scale = ClaimScale.OfTheModel };

    /// <summary>
    /// Band of t = S(min-norm)/S*(0), of t(4n)/t(n), and of min-norm's (S/bound)/scale at 4n over n and at 2k over k. The
    /// last two are one-sided: tightness says S/bound stays bounded above; the lower side is the lower bound's (claims II, III).
    /// </summary>
    public static (Band Ratio, Band Quotient, Band BoundInN, Band BoundInK) Bands { get; } =
        (new Band(1, 3, "t ≥ 1: S* is a minimum; upper edge calibrated"), new Band(0, 1.5, "calibrated"),
         new Band(0, 1.55, "calibrated: above every subgroup's mean + 4 sd (ntk abs 1.03 ± 0.12 → 1.52); S ∝ n gives 2"),
         new Band(0, 1.1, "calibrated: above every subgroup's mean + 4 sd (ntk relu 0.93 ± 0.037 → 1.08); S/bound ∝ √k gives 1.41"));

    /// <summary>
    /// Band of t = S(min-norm)/S*(0) at n and at 4n for the regime's model and activation: lower edge 1 (S* is a minimum),
    /// upper edge exp(mean + 4.5 sd) of log t in the subgroup, seeds 0..399 (2026-11-30). The single upper edge 3 it
    /// replaces let S × 1.25 pass every regime (t(4n) is 1.01–1.13 with log sd 0.004–0.028).
    /// </summary>
    public static BandTable<ModelActivation, (Band AtN, Band At4N)> RatioBands { get; } = new("claim T's t bands", new Dictionary<ModelActivation, (Band AtN, Band At4N)>
    {
        [new(Model.RandomFeatures, Activation.Relu)] = Ratio(1.385, 1.132, "rf relu: t(n) 1.194, t(4n) 1.066 (log sd 0.033, 0.013), 145 regimes"),
        [new(Model.RandomFeatures, Activation.Abs)] = Ratio(1.061, 1.034, "rf abs: t(n) 1.025, t(4n) 1.013 (log sd 0.008, 0.004), 133 regimes"),
        [new(Model.NeuralTangent, Activation.Relu)] = Ratio(2.390, 1.285, "ntk relu: t(n) 1.658, t(4n) 1.133 (log sd 0.081, 0.028), 60 regimes"),
        [new(Model.NeuralTangent, Activation.Abs)] = Ratio(1.289, 1.191, "ntk abs: t(n) 1.169, t(4n) 1.094 (log sd 0.022, 0.019), 62 regimes"),
        // Only the broken-gradient control draws quadratic NTK; its lower edge t ≥ 1 is what rejects it, the upper one is not calibrated.
        [new(Model.NeuralTangent, Activation.Quadratic)] = Uncalibrated(new Band(1, 3, "t ≥ 1: S* is a minimum; upper edge 3 not calibrated (control family only)")),
    });

    private static (Band AtN, Band At4N) Uncalibrated(Band both) => (both, both);

    private static (Band AtN, Band At4N) Ratio(double upperN, double upper4N, string figures)
    {
        string origin = $"t ≥ 1: S* is a minimum; upper edge exp(mean + 4.5 sd) of log t, seeds 0..399 (2026-11-30): {figures}";
        return (new Band(1, upperN, origin), new Band(1, upper4N, origin));
    }
}

using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// One claim in testable form (THEORY.md §2): its id, statement, regime and what must hold, and what a check needs to
/// test it: its bound, the scale that predicts S, and how many independent experiments a check averages. One place says
/// what a claim is; the checks ask it and never branch on which claim they were given.
/// </summary>
public sealed record Claim(string Id, string Statement, string Hypotheses, string MustHold)
{
    /// <summary>The lower bound the claim asserts on what it measures (<see cref="Measures"/>).</summary>
    public required ClaimBound Bound { get; init; }

    /// <summary>What the claim's check measures on each fit: S unless the claim says otherwise (the sensitivity, the Lipschitz estimate, a parameter-norm proxy).</summary>
    public Quantity Measures { get; init; } = Quantity.Seminorm;

    /// <summary>What S is predicted to be, the unit of the check's relative figures.</summary>
    public required ClaimScale Scale { get; init; }

    /// <summary>
    /// Independent experiments <see cref="FrontierCheck"/> averages at each size. Claim I: 1, its band is THEORY.md §3's
    /// constant with a 0.03 spread. The others: 2, their quotients (sd 0.10) carried most of the suite's extrapolated
    /// false-failure rate (the 2026-11-25 calibration); averaging keeps the mean, so the calibrated bands keep
    /// their argument and sit √2 more standard deviations away.
    /// </summary>
    public int Repeats { get; init; } = 2;

    /// <summary>
    /// Independent experiments <see cref="ScalingCheck"/> averages at each size: <see cref="Repeats"/>, except claims II and
    /// III, which average 4. With 2, claim II's quotient band (log sd 0.07) rejected a log–log slope 0.15 away from 1/2
    /// with probability 0.18–0.22 per case, about 0.8 per suite run, and claim III's 0.43 per case, 0.988 per run; the
    /// issue asks for 0.99 (docs/results/power.md, slopes).
    /// </summary>
    public int ScalingRepeats { get => _scalingRepeats ?? Repeats; init => _scalingRepeats = value; }

    private readonly int? _scalingRepeats;

    /// <summary>The calibrated bands <see cref="ScalingCheck"/> reads, per <see cref="Subgroup"/>: relative(n), relative(4n) and their quotient; null for a claim it does not check.</summary>
    public BandTable<Subgroup, (Band AtN, Band At4N, Band Quotient)>? ScalingBands { get; init; }

    /// <summary>The calibrated bands <see cref="SensitivityWidthCheck.Decays"/> reads, per model and activation: S/√(Nd/p) at k and 4k, and Q = S(4k)/S(k).</summary>
    public BandTable<ModelActivation, (Band Level, Band Quotient)>? DecayBands { get; init; }

    /// <summary>The calibrated bands <see cref="SensitivityWidthCheck.Plateaus"/> reads, per model and activation: Q = S(4k)/S(k) and S(4k)/S(kernel).</summary>
    public BandTable<ModelActivation, (Band Quotient, Band ToKernel)>? PlateauBands { get; init; }

    /// <summary>The bound of this claim for <paramref name="regime"/>.</summary>
    public double BoundOf(Regime regime) => Bound.Of(regime);

    /// <summary>The predicted S for <paramref name="regime"/> fitted to <paramref name="train"/> (see <see cref="ClaimScale"/>).</summary>
    public double Predict(Regime regime, double sigmaHat, Dataset train, bool interpolating = true) =>
        Scale.Predict(regime, Bound, sigmaHat, train, interpolating);

    /// <summary>The prediction on the claim's nominal training set (<see cref="RealizedNoise.NominalTrain"/>), drawn once.</summary>
    public double Predict(Regime regime, bool interpolating = true)
    {
        var train = RealizedNoise.NominalTrain(regime);
        return Predict(regime, RealizedNoise.OfDataset(train), train, interpolating);
    }

    // Each claim is stated in its own file of Catalog/, with its bands and their origins (and, for a law of
    // `robustmem laws`, its row); its cases, regime families and controls are properties/RobustMem.Properties/Claims/.
    public static Claim InfiniteRandomFeatures => Catalog.InfiniteRandomFeatures.Claim;
    public static Claim InfiniteNeuralTangent => Catalog.InfiniteNeuralTangent.Claim;
    public static Claim FiniteRandomFeatures => Catalog.FiniteRandomFeatures.Claim;
    public static Claim FiniteNeuralTangent => Catalog.FiniteNeuralTangent.Claim;
    public static Claim Tightness => Catalog.Tightness.Claim;
    public static Claim NoiseNecessary => Catalog.NoiseNecessary.Claim;
    public static Claim Generality => Catalog.Generality.Claim;
    public static Claim Ridge => Catalog.Ridge.Claim;
    public static Claim MultipleDescent => Catalog.MultipleDescent.Claim;
    public static Claim SharperRandomFeatures => Catalog.SharperRandomFeatures.Claim;
    public static Claim SharperNeuralTangentEven => Catalog.SharperNeuralTangentEven.Claim;
    public static Claim SharperNeuralTangentPlateau => Catalog.SharperNeuralTangentPlateau.Claim;
    public static Claim UniversalLaw => Catalog.UniversalLaw.Claim;
    public static Claim BubeckLiNagaraj => Catalog.BubeckLiNagaraj.Claim;

    public static IReadOnlyList<Claim> All { get; } =
        [InfiniteRandomFeatures, InfiniteNeuralTangent, FiniteRandomFeatures, FiniteNeuralTangent, Tightness, NoiseNecessary, Generality, Ridge, MultipleDescent,
         SharperRandomFeatures, SharperNeuralTangentEven, SharperNeuralTangentPlateau, UniversalLaw, BubeckLiNagaraj];

    /// <summary>The claim with this id; an unknown id throws, naming the known ones.</summary>
    public static Claim ById(string id) => All.SingleOrDefault(c => c.Id == id)
        ?? throw new ArgumentException($"no claim '{id}'; known: {string.Join(", ", All.Select(c => c.Id))}.", nameof(id));

    /// <summary>The theorem that covers the regime's model (<see cref="Models.Model.Claim"/>): I-RF, I-NTK, II or III.
    /// Claims that span models (T, R) take their bound and scale from it.</summary>
    public static Claim Of(Regime regime) => regime.Model.Claim;

    public override string ToString() => Id;
}

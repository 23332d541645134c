using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;

namespace RobustMem.Properties.Docs;

/// <summary>
/// The worked example of docs/how-to/add-a-bound.md, compiled here so that the guide's code cannot rot: the regions
/// between <c>&lt;doc:…&gt;</c> markers are written into the guide by <c>dotnet run --project tools/docs</c>, and the
/// tests below draw from its family. The claim is made up (claim II's statement at k = 2d); it is in no registry.
/// </summary>
public static class AddABoundExample
{
    // <doc:claim>
    public static readonly Claim Example = new("X",
        "Example: finite-width random features at k = 2d.",
        "n < k, σ > 0",
        "S ≳ √n for the min-norm interpolator")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise };
    // </doc:claim>

    // <doc:cases>
    /// <summary>Claim X: min-norm S grows like √n for RF with k = 2d, relu on the sphere, σ = 1.</summary>
    public static class FiniteRandomFeaturesAtTwiceTheDimension
    {
        // Until CalibratedBands has rows for X (it refuses an unknown claim), the bands are stated here, each with its
        // argument. These are claim II's former pooled bands; calibrate your own (docs/how-to/calibrate-a-band.md).
        private static readonly (Band AtN, Band At4N, Band Quotient) Bands =
            (new(0.5, 2.0, "claim II's pooled band, mean ± 4 sd"), new(0.5, 2.0, "claim II's pooled band, mean ± 4 sd"),
             new(0.6, 1.6, "1 ± 4 sd, symmetric in log; a bounded S gives 0.5"));

        public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtN), fast: false);
        public static ClaimCase NoNoise_DoesNotForceSqrtN_SmallRegimes { get; } =
            MinNorm(nameof(NoNoise_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.NoLabelNoise);

        private static ClaimCase MinNorm(string property, bool fast, Control? control = null) =>
            Case(Example, property, Family(fast), (r, c) => ScalingCheck.Evaluate(Example, r, Bands, c), control);

        // Draw d and set k = 2d, so every regime satisfies K == 2 * D (drawing k and setting d = k / 2 would give
        // odd k regimes outside the predicate). 4n ≤ 0.6k keeps the larger size 10% below the threshold n = k.
        internal static RegimeFamily Family(bool fast) => new(
            $"rf k = 2d (claim X{(fast ? ", fast" : "")})",
            from d in RegimeFamily.SmallFirst(80, fast ? 100 : 200)
            from n in RegimeFamily.SmallFirst(24, (int)(0.15 * 2 * d))
            from seed in RegimeFamily.Seed
            select new Regime(Model.RandomFeatures, D: d, K: 2 * d, N: n, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: seed),
            r => r.Model == Model.RandomFeatures && r.K == 2 * r.D && r.D >= 80 && r.N >= 24 && 4 * r.N <= 0.6 * r.K
                 && r.Noise == 1 && r.Ridge == 0);
    }
    // </doc:cases>

    // In ClaimCases this helper exists already (private); the example needs its own.
    private static ClaimCase Case(Claim claim, string property, RegimeFamily family, Func<Regime, Control, ClaimVerdict> check, Control? control) =>
        new($"{claim.Id} {property}", family, check, control ?? Control.None);
}

/// <summary>The example's family draws only regimes inside its hypotheses (what RegimeFamilyTests checks for the registry).</summary>
public sealed class AddABoundExampleTests
{
    [Theory, Trait("Tier", "fast")]
    [InlineData(true)]
    [InlineData(false)]
    public void Family_DrawsOnlyRegimesInsideItsHypotheses(bool fast)
    {
        var family = AddABoundExample.FiniteRandomFeaturesAtTwiceTheDimension.Family(fast);
        var regimes = Gen.Sample(family.Generator, 300, new Rnd(7UL, 0x9E3779B97F4A7C15UL), 200);
        Assert.All(regimes, r => Assert.True(family.IsValid(r), r.ToString()));
        Assert.Contains(regimes, r => r.D % 2 == 1); // odd d: the case the k / 2 sketch got wrong
    }

    [Fact, Trait("Tier", "fast")]
    public void Cases_AreNamedByTheClaimAndTheirMember()
    {
        Assert.Equal("X MinNormSeminorm_GrowsLikeSqrtN", AddABoundExample.FiniteRandomFeaturesAtTwiceTheDimension.MinNormSeminorm_GrowsLikeSqrtN.Name);
        Assert.Equal(Control.NoLabelNoise, AddABoundExample.FiniteRandomFeaturesAtTwiceTheDimension.NoNoise_DoesNotForceSqrtN_SmallRegimes.Control);
    }
}

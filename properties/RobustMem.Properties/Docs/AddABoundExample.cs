using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;

namespace RobustMem.Properties.Docs;

/// <summary>
/// The worked example of docs/how-to/add-a-bound.md, compiled here so that the guide's code cannot rot: the regions
/// between <c>&lt;doc:…&gt;</c> markers are written into the guide by <c>dotnet run --project tools/docs</c>, and the
/// tests below draw from its family and look its bands up. The claim is made up (claim II's statement, relu on the
/// sphere at k ≈ 2d); it is in no registry, so each of the guide's three files is a nested class here, named as the file.
/// </summary>
public static class AddABoundExample
{
    // File 1's line in src/RobustMem/Claims/Claim.cs (which also lists the claim in Claim.All). The made-up claim is in no
    // registry, so the example adds the same member to Claim as a C# 14 extension; the cases below read it the same way.
    extension(Claim)
    {
        // <doc:forward>
        public static Claim FiniteRandomFeaturesAtTwiceTheDimension => Catalog.FiniteRandomFeaturesAtTwiceTheDimension.Claim;
        // </doc:forward>
    }

    /// <summary>Stands for the folder src/RobustMem/Claims/Catalog/: file 1.</summary>
    internal static class Catalog
    {
        // <doc:claim>
        /// <summary>
        /// Claim X (THEORY.md §2): finite-width random features at k ≈ 2d, relu on the sphere: S ≳ √n for min-norm
        /// (<see cref="ScalingCheck"/>). Its cases, regime family and properties: properties/RobustMem.Properties/Claims/
        /// FiniteRandomFeaturesAtTwiceTheDimension/.
        /// </summary>
        internal static class FiniteRandomFeaturesAtTwiceTheDimension
        {
            public static Claim Claim { get; } = new("X",
                "Example: finite-width random features at k ≈ 2d.",
                "n < k, σ > 0, relu on the sphere",
                "S ≳ √n for the min-norm interpolator")
            {
                Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise,
                // One row per subgroup the family draws (relu, sphere, k/d = 2), each band with its argument. These are
                // claim II's former pooled bands: calibrate your own (docs/how-to/calibrate-a-band.md) and replace them by
                // the generated rows. A regime of another subgroup is refused, never given this row.
                ScalingBands = new("claim X's scaling check", new Dictionary<Subgroup, (Band AtN, Band At4N, Band Quotient)>
                {
                    [Subgroup.Finite(Activation.Relu, InputLaw.Sphere, 2)] =
                        (new(0.5, 2.0, "claim II's pooled band, mean ± 4 sd"), new(0.5, 2.0, "claim II's pooled band, mean ± 4 sd"),
                         new(0.6, 1.6, "1 ± 4 sd, symmetric in log; a bounded S gives 0.5")),
                }),
            };
        }
        // </doc:claim>
    }

    /// <summary>Stands for <see cref="Properties.ClaimCases"/>, the partial class file 2 adds a nested class to.</summary>
    public static class ClaimCases
    {
        // <doc:cases>
        /// <summary>Claim X: min-norm S grows like √n for RF with k ≈ 2d, relu on the sphere, σ = 1.</summary>
        public static class FiniteRandomFeaturesAtTwiceTheDimension
        {
            public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes), fast: true);
            public static ClaimCase MinNormSeminorm_GrowsLikeSqrtN { get; } = MinNorm(nameof(MinNormSeminorm_GrowsLikeSqrtN), fast: false);
            public static ClaimCase NoNoise_DoesNotForceSqrtN_SmallRegimes { get; } =
                MinNorm(nameof(NoNoise_DoesNotForceSqrtN_SmallRegimes), fast: true, Control.NoLabelNoise);

            private static ClaimCase MinNorm(string property, bool fast, Control? control = null) =>
                Case(Claim.FiniteRandomFeaturesAtTwiceTheDimension, property, Family(fast), Scaling(Claim.FiniteRandomFeaturesAtTwiceTheDimension), control);

            // Draw k and set d = k / 2; the predicate states the same relation, D == K / 2, which integer division makes
            // true for odd k too (the first sketch's K == 2 * D was false for every odd k). 4n ≤ 0.6k keeps the larger
            // size 10% below the threshold n = k.
            public static RegimeFamily Family(bool fast) => new(
                $"rf k ≈ 2d (claim X{(fast ? ", fast" : "")})",
                from k in RegimeFamily.SmallFirst(160, fast ? 200 : 400)
                from n in RegimeFamily.SmallFirst(24, (int)(0.15 * k))
                from seed in RegimeFamily.Seed
                select new Regime(Model.RandomFeatures, D: k / 2, K: k, N: n, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: seed),
                r => r.Model == Model.RandomFeatures && r.Sigma == Activation.Relu && r.Law == InputLaw.Sphere && r.D == r.K / 2
                     && r.K >= 160 && r.N >= 24 && 4 * r.N <= 0.6 * r.K && r.Noise == 1 && r.Ridge == 0);
        }
        // </doc:cases>

        // What Cases/ClaimCases.cs gives every claim's nested class.
        private static ClaimCase Case(Claim claim, string property, RegimeFamily family, Func<Regime, Control, ClaimVerdict> check, Control? control) =>
            new($"{claim.Id} {property}", family, check, control ?? Control.None);

        private static Func<Regime, Control, ClaimVerdict> Scaling(Claim claim) => (r, c) => ScalingCheck.Evaluate(claim, r, c);
    }

    /// <summary>
    /// Stands for file 3, properties/RobustMem.Properties/Claims/&lt;Claim&gt;/ClaimX_Name.cs. Abstract so that xunit never
    /// runs the example (a claim's own property class is <c>public sealed</c>); <c>PropertyRegistryTests</c> skips it too.
    /// </summary>
    public abstract class ClaimX_FiniteRandomFeaturesAtTwiceTheDimension
    {
        // <doc:property>
        [ClaimProperty, Trait("Tier", "fast")]
        public Property MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes() => ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension.MinNormSeminorm_GrowsLikeSqrtN_SmallRegimes.Asserted();

        /// <summary>The full family: the thorough profile only, the fast twin above draws from the same subgroup.</summary>
        [ClaimProperty(Thorough = true), Trait("Tier", "full")]
        public Property MinNormSeminorm_GrowsLikeSqrtN() => ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension.MinNormSeminorm_GrowsLikeSqrtN.Asserted();

        /// <summary>Control: σ = 0 and the relu target is representable; min-norm S/√n leaves the band.</summary>
        [ClaimProperty, Trait("Tier", "fast")]
        public Property NoNoise_DoesNotForceSqrtN_SmallRegimes() => ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension.NoNoise_DoesNotForceSqrtN_SmallRegimes.Asserted();
        // </doc:property>
    }
}

/// <summary>
/// The guide's three files fit together: every regime the example's family draws finds the claim's one band row, and
/// each property asserts the case of its name. Its family's hypotheses, for odd and even k: HowToFamilySketchTests.
/// </summary>
public sealed class AddABoundExampleTests
{
    private static RegimeFamily Family(bool fast) => AddABoundExample.ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension.Family(fast);

    [Fact, Trait("Tier", "fast")]
    public void EveryRegimeOfTheFamily_FindsTheClaimsBandRow()
    {
        var claim = Claim.FiniteRandomFeaturesAtTwiceTheDimension;
        var regimes = Gen.Sample(Family(fast: false).Generator, 300, new Rnd(7UL, 0x9E3779B97F4A7C15UL), 200);
        Assert.All(regimes, r => Assert.Equal(0.6, ScalingCheck.BandsOf(claim, r).Quotient.Lower));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalingCheck.BandsOf(claim, regimes[0] with { Activation = Activation.Abs }));
    }

    [Fact, Trait("Tier", "fast")]
    public void Cases_AreNamedByTheClaimAndTheirMember()
    {
        var cases = typeof(AddABoundExample.ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension);
        Assert.Equal("X MinNormSeminorm_GrowsLikeSqrtN", AddABoundExample.ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension.MinNormSeminorm_GrowsLikeSqrtN.Name);
        Assert.Equal(Control.NoLabelNoise, AddABoundExample.ClaimCases.FiniteRandomFeaturesAtTwiceTheDimension.NoNoise_DoesNotForceSqrtN_SmallRegimes.Control);
        // Each property of file 3 asserts the case of its own name (PropertyRegistryTests' rule, for the example).
        var properties = typeof(AddABoundExample.ClaimX_FiniteRandomFeaturesAtTwiceTheDimension).GetMethods()
            .Where(m => m.GetCustomAttributes(typeof(ClaimPropertyAttribute), false).Length > 0).Select(m => m.Name).Order();
        Assert.Equal(cases.GetProperties().Select(p => p.Name).Order(), properties);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// ScalingCheck's decision on bands the caller brings, on a tiny claim-I regime: a band is closed (THEORY.md §2, <see cref="Band"/>),
/// so a figure on an edge holds and one a rounding step outside fails its own part only; the figures are the means over
/// the repeats, taken before the quotient.
/// </summary>
public sealed partial class ScalingCheckEdgeTests
{
    private static readonly Regime Kernel = new(Model.RandomFeatureKernel, D: 24, K: 1, N: 6, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 40, Seed: 3);

    // Two repeats, so that a mean is neither repeat's value.
    private static readonly Claim Claim = Claim.InfiniteRandomFeatures with { ScalingRepeats = 2 };

    private static readonly Band Anything = new(0, double.PositiveInfinity, "test: any value");

    // Measured in each test, not cached: a mutation run switches the code under the same test process.
    private static IReadOnlyDictionary<string, double> Figures() => ScalingCheck.Evaluate(Claim, Kernel, (Anything, Anything, Anything)).Figures;

    private static Band Exactly(double v) => new(v, v, "test: one point");

    [Fact]
    public void Figures_AreTheMeansOfTheRepeats_BeforeTheQuotient()
    {
        var f = Figures();
        var large = Kernel with { N = 4 * Kernel.N };
        var repeats = Enumerable.Range(0, 2).Select(r => (
            AtN: ClaimRun.Observe(ClaimRun.Repeat(Kernel, r)).Value, At4N: ClaimRun.Observe(ClaimRun.Repeat(large, r)).Value,
            P1: Claim.Predict(ClaimRun.Repeat(Kernel, r)), P4: Claim.Predict(ClaimRun.Repeat(large, r)))).ToList();
        Assert.NotEqual(repeats[0].AtN, repeats[1].AtN);
        Assert.Equal(repeats.Average(p => p.AtN / p.P1), f["relative(n)"], 12);
        Assert.Equal(repeats.Average(p => p.At4N / p.P4), f["relative(4n)"], 12);
        Assert.Equal(repeats.Average(p => p.AtN) / Claim.BoundOf(Kernel), f["ratio(n)"], 12);
        Assert.Equal(repeats.Average(p => p.At4N) / Claim.BoundOf(large), f["ratio(4n)"], 12);
        Assert.Equal(repeats[0].At4N / repeats[0].P4 / (repeats[0].AtN / repeats[0].P1), f["quotient(repeat 0)"], 12);
        VerdictAssert.IsQuotient(f, "quotient", "relative(4n)", "relative(n)");
    }

    /// <summary>Each repeat's line: S, the bound, the prediction and their relative value, with its Monte Carlo error.</summary>
    [Fact]
    public void EachRepeatsLine_IsS_OverItsPrediction_WithItsMonteCarloError()
    {
        var v = ScalingCheck.Evaluate(Claim, Kernel, (Anything, Anything, Anything));
        var lines = v.Conditions.Where(c => c.StartsWith("[ok] repeat ")).Select(c => RepeatLine().Match(c)).ToList();
        Assert.Equal(2, lines.Count);
        double G(Match m, string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        foreach (var m in lines)
        {
            Assert.True(m.Success);
            Assert.Equal(Math.Sqrt(6), G(m, "b1"), 3);
            Assert.Equal(Math.Sqrt(24), G(m, "b4"), 3);
            Assert.InRange(G(m, "r1") / (G(m, "s1") / G(m, "p1")), 1 - 2e-3, 1 + 2e-3);
            Assert.InRange(G(m, "r4") / (G(m, "s4") / G(m, "p4")), 1 - 2e-3, 1 + 2e-3);
            // The kernel's seminorm is a Monte Carlo estimate here: the line gives its standard error, not "exact C".
            Assert.StartsWith("Monte Carlo ± ", m.Groups["e1"].Value);
            Assert.StartsWith("Monte Carlo ± ", m.Groups["e4"].Value);
        }
    }

    [GeneratedRegex(@"at n S = (?<s1>\S+), √n = (?<b1>\S+), predicted (?<p1>\S+), relative (?<r1>\S+) \((?<e1>[^)]+)\); at 4n S = (?<s4>\S+), √n = (?<b4>\S+), predicted (?<p4>\S+), relative (?<r4>\S+) \((?<e4>[^)]+)\); train error")]
    private static partial Regex RepeatLine();

    [Fact]
    public void FiguresOnTheBandsEdges_Hold()
    {
        var f = Figures();
        var v = ScalingCheck.Evaluate(Claim, Kernel, (Exactly(f["relative(n)"]), Exactly(f["relative(4n)"]), Exactly(f["quotient"])));
        VerdictAssert.Passes(v, BoundResult.Holds, TightnessResult.Attained);
    }

    /// <summary>Each figure one rounding step below its band fails the lower bound only; one step above, tightness only.</summary>
    [Theory]
    [InlineData(0, "at n=6")]
    [InlineData(1, "at 4n=24")]
    [InlineData(2, "does not shrink")]
    public void AFigureJustOutsideItsBand_FailsItsOwnPart(int which, string lowerText)
    {
        var f = Figures();
        double[] at = [f["relative(n)"], f["relative(4n)"], f["quotient"]];
        (Band, Band, Band) Bands(Func<double, Band> moved) =>
            (which == 0 ? moved(at[0]) : Exactly(at[0]), which == 1 ? moved(at[1]) : Exactly(at[1]), which == 2 ? moved(at[2]) : Exactly(at[2]));
        var above = ScalingCheck.Evaluate(Claim, Kernel, Bands(x => new Band(Math.BitIncrement(x), double.PositiveInfinity, "test")));
        Assert.Equal(BoundResult.Violated, above.LowerBound);
        Assert.Equal(TightnessResult.Attained, above.Tightness);
        Assert.Single(above.Conditions, c => c.StartsWith("[VIOLATED] bound: " + lowerText));
        var below = ScalingCheck.Evaluate(Claim, Kernel, Bands(x => new Band(0, Math.BitDecrement(x), "test")));
        Assert.Equal(BoundResult.Holds, below.LowerBound);
        Assert.Equal(TightnessResult.NotAttained, below.Tightness);
        Assert.Single(below.Conditions, c => c.StartsWith("[VIOLATED] tightness: "));
    }
}

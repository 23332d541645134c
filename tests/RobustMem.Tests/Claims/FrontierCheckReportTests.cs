using System.Globalization;
using System.Text.RegularExpressions;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// What FrontierCheck reports per repeat is what a theorist checks it by (THEORY.md §4): S*(σ̂²/2) over the bound and over
/// the best memorizer's prediction (interpolating: false, no finite-width factor), their quotient, min-norm's S over
/// S*(0), and where C came from; the figures are the repeats' means (tightness) and worst case (S* error).
/// </summary>
public sealed partial class FrontierCheckReportTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 12, K: 32, N: 6, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 40, Seed: 5);

    private static readonly Regime Ntk = new(Model.NeuralTangent, D: 8, K: 6, N: 6, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 40, Seed: 7);

    /// <summary>One repeat's line, with its numbers read back (G4, so compared to 2e-3 relative).</summary>
    private sealed record Line(double S1, double PerBound1, double Predicted1, double Rel1, double S4, double PerBound4, double Predicted4, double Rel4,
        double Quotient, string Source, double MinNorm4, double AtZero4)
    {
        public static Line Of(string condition)
        {
            var m = Text().Match(condition);
            Assert.True(m.Success, condition);
            double D(string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            return new(D("s1"), D("b1"), D("p1"), D("r1"), D("s4"), D("b4"), D("p4"), D("r4"), D("q"), m.Groups["src"].Value, D("m"), D("z"));
        }
    }

    [GeneratedRegex(@"S\*\(ε=[^)]+\) = (?<s1>\S+), /\S+ (?<b1>\S+), /predicted (?<p1>\S+) = (?<r1>\S+); S\*\(ε=[^)]+\) = (?<s4>\S+), /\S+ (?<b4>\S+), /predicted (?<p4>\S+) = (?<r4>\S+); quotient (?<q>\S+) \((?<src>.*)\); min-norm S at 4n (?<m>\S+), S\*\(0\) at 4n (?<z>\S+), minimal error")]
    private static partial Regex Text();

    private static void Near(double expected, double actual) => Assert.InRange(actual, expected * (1 - 2e-3), expected * (1 + 2e-3));

    private static List<Line> Lines(ClaimVerdict v) => [.. v.Conditions.Where(c => c.StartsWith("[ok] repeat ")).Select(Line.Of)];

    [Fact]
    public void EachRepeatsLine_IsArithmeticallyItsOwn_AndTheFiguresAreOverTheRepeats()
    {
        var claim = Claim.FiniteRandomFeatures;
        var v = FrontierCheck.Evaluate(claim, Rf);
        var lines = Lines(v);
        Assert.Equal(claim.Repeats, lines.Count);
        for (int r = 0; r < lines.Count; r++)
        {
            var l = lines[r];
            var (at, large) = (ClaimRun.Repeat(Rf, r), ClaimRun.Repeat(Rf with { N = 24 }, r));
            Near(claim.Predict(at, interpolating: false), l.Predicted1);
            Near(claim.Predict(large, interpolating: false), l.Predicted4);
            Near(l.S1 / Math.Sqrt(6), l.PerBound1);
            Near(l.S4 / Math.Sqrt(24), l.PerBound4);
            Near(l.S1 / l.Predicted1, l.Rel1);
            Near(l.S4 / l.Predicted4, l.Rel4);
            Near(l.Rel4 / l.Rel1, l.Quotient);
            Assert.Equal("exact C", l.Source);
        }
        Near(lines.Average(l => l.MinNorm4 / l.AtZero4), v.Figures["tightness(4n)"]);
        Assert.NotEqual(lines[0].MinNorm4 / lines[0].AtZero4, lines[1].MinNorm4 / lines[1].AtZero4, 2);
        Assert.Equal(0, v.Figures["S* error(4n)"]);
        // The verdict's value is S* at 4n, averaged over the repeats, over √(4n).
        Near(lines.Average(l => l.S4), v.Value);
        Assert.Equal(Math.Sqrt(24), v.Bound, 12);
    }

    /// <summary>Monte Carlo C: the line says so with its points and errors, and the figure is the worst repeat's error at 4n.</summary>
    [Fact]
    public void WithMonteCarloC_TheLineNamesItsPoints_AndTheErrorFigureIsTheWorstRepeats()
    {
        var v = FrontierCheck.Evaluate(Claim.FiniteNeuralTangent, Ntk);
        var errors = Lines(v).Select(l => MonteCarlo().Match(l.Source)).ToList();
        Assert.All(errors, e => Assert.True(e.Success));
        var at4N = errors.Select(e => double.Parse(e.Groups["e4"].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEqual(at4N[0], at4N[1]);
        Assert.Equal(at4N.Max().ToString("G2", CultureInfo.InvariantCulture), v.Figures["S* error(4n)"].ToString("G2", CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^Monte Carlo C, M = \d+, relative error of S\* (?<e1>\S+) \(n\) / (?<e4>\S+) \(4n\)$")]
    private static partial Regex MonteCarlo();
}

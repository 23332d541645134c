using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using RobustMem.Activations;
using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.Properties.MultipleDescent;
using RobustMem.Models;
using RobustMem.Claims;
using RobustMem.Sweeps;

namespace RobustMem.Properties;

/// <summary>
/// Claim M (THEORY.md §2, empirical in the paper): the min-norm S(n) and the test error peak at the interpolation
/// thresholds: n = k (RF), n = rank of the NTK features (kd, or less for quadratic), n = d for erf and tanh RF.
/// </summary>
public class ClaimM_MultipleDescent
{
    private readonly ITestOutputHelper _output;

    public ClaimM_MultipleDescent(ITestOutputHelper output) => _output = output;

    [Fact, Trait("Tier", "fast")]
    public void MinNormSeminorm_PeaksAtWidth_RandomFeatures() => PeaksAtPrediction(MultipleDescentCases.RandomFeatureWidth());

    [Fact, Trait("Tier", "fast")]
    public void MinNormSeminorm_PeaksAtFeatureRank_NeuralTangent() => PeaksAtPrediction(MultipleDescentCases.NeuralTangentRank());

    [Fact, Trait("Tier", "fast")]
    public void MinNormSeminorm_PeaksAtInputDimension_ErfTanh() => PeaksAtPrediction(MultipleDescentCases.ErfTanhDimension());

    [Fact, Trait("Tier", "fast")]
    public void MinNormSeminorm_PeaksAtQuadraticRankNotKd_NeuralTangent() => PeaksAtPrediction(MultipleDescentCases.QuadraticNeuralTangentRank());

    [Fact, Trait("Tier", "fast")]
    public void QuadraticNeuralTangent_FeatureRank_IsFormulaNotKd() =>
        Check.One(MultipleDescentConfig.Quick, Prop.ForAll(MultipleDescentCases.QuadraticNeuralTangentRank(), c =>
        {
            int kd = c.Regime.K * c.Regime.D;
            int measured = InterpolationThresholds.MeasuredFeatureRank(c.Regime, kd + 10);
            return (measured == c.Predicted && measured < kd).Label($"rank {measured} on {kd + 10} points, formula {c.Predicted}, kd = {kd} ({c})");
        }));

    /// <summary>The paper's quadratic example: d = 50, k = 40 spans 1220 dimensions, not kd = 2000, and S peaks there.</summary>
    /// <remarks>Slow tier: fits up to 2000×2000 feature matrices (about a minute on 2 cores).</remarks>
    [Fact, Trait("Tier", "slow")]
    public void QuadraticNeuralTangent_PaperRegime_PeaksAtRank1220()
    {
        var regime = new Regime(Model.NeuralTangent, 50, 40, 1, Activation.Quadratic, TestPoints: 200);
        Assert.Equal(1220, InterpolationThresholds.NeuralTangentRank(50, 40, Activation.Quadratic));
        Assert.Equal(1220, InterpolationThresholds.MeasuredFeatureRank(regime, 1400));
        var c = new PeakCase(regime, 1220, [700, 1000, 1100, 1220, 1340, 1600, 2000]);
        var (holds, label) = MultipleDescentCheck.PeaksAtPrediction(c, MultipleDescentCheck.Sweep(c));
        Assert.True(holds, label);
        Assert.False(MultipleDescentCheck.PeaksAtPrediction(c with { Predicted = 2000 }, MultipleDescentCheck.Sweep(c)).Holds, "the peak must not be at kd = 2000");
    }

    /// <summary>Negative control: a large ridge (λ = 1) fits no label exactly, so nothing blows up at n = k, and the peak property must fail.</summary>
    [Fact, Trait("Tier", "fast")]
    public void LargeRidge_HasNoPeakAtWidth() =>
        Check.One(MultipleDescentConfig.Quick, Prop.ForAll(MultipleDescentCases.RandomFeatureWidth(), c =>
        {
            var ridged = c with { Regime = c.Regime with { Ridge = 1 } };
            var (holds, label) = MultipleDescentCheck.PeaksAtPrediction(ridged, MultipleDescentCheck.Sweep(ridged));
            return (!holds).Label("large ridge still passed the peak property: " + label);
        }));

    /// <summary>Negative control: the peak property must fail at a wrong prediction, kd, for quadratic NTK (whose rank is below 0.8·kd).</summary>
    [Fact, Trait("Tier", "fast")]
    public void QuadraticNeuralTangent_DoesNotPeakAtKd() =>
        Check.One(MultipleDescentConfig.Quick, Prop.ForAll(MultipleDescentCases.QuadraticNeuralTangentRank(), c =>
        {
            var curve = MultipleDescentCheck.Sweep(c);
            var wrong = c with { Predicted = c.Regime.K * c.Regime.D };
            var (holds, label) = MultipleDescentCheck.PeaksAtPrediction(wrong, curve);
            return (!holds).Label("peak property passed at kd: " + label);
        }));

    /// <summary>
    /// Past the threshold where the singular values of an analytic feature map reach round-off (erf at d = 3: its
    /// harmonics decay geometrically), the fit is reported as ill-posed, and S, its error bar and the test error are
    /// not numbers: NaN in the measurement, empty in the CSV, skipped by the peak finder.
    /// </summary>
    [Fact, Trait("Tier", "fast")]
    public void PastRoundOffThreshold_RegimeIsIllPosed_NeverANumber()
    {
        var spec = new CurveSpec("rf-erf-d3-k300", "erf d=3", new Regime(Model.RandomFeatures, 3, 300, 1, Activation.Erf, TestPoints: 100), [10, 20, 40, 80, 120, 160, 200]);
        var curve = CurveSweep.Run(spec, 2);
        var ill = curve.Points.Where(p => p.IllPosed).ToArray();
        Assert.NotEmpty(ill);
        int threshold = ill.Min(p => p.N);
        Assert.True(curve.Points.Where(p => p.N > threshold).All(p => p.IllPosed), F($"every n past the first ill-posed n = {threshold} must stay ill-posed"));
        Assert.True(curve.Points.Where(p => p.N < threshold).All(p => double.IsFinite(p.Sobolev)), "before the threshold S is a number");
        Assert.All(ill, p => Assert.True(double.IsNaN(p.Sobolev) && double.IsNaN(p.SobolevStdErr) && double.IsNaN(p.TestError) && double.IsNaN(p.Ratio)));
        var rows = CurveCsv.Format([curve]).Split('\n').Where(l => l.EndsWith(",true")).ToArray();
        Assert.Equal(ill.Length, rows.Length);
        int sobolev = CurveCsv.Header.Split(',').ToList().IndexOf("sobolev");
        Assert.All(rows, row => Assert.Equal("", row.Split(',')[sobolev]));
        Assert.True(double.IsFinite(PeakFinder.OfSobolev(curve, threshold, 1e3).Value));
    }

    /// <summary>Negative control for the ill-posed report: the same sweep with relu (no geometric decay) stays well-posed.</summary>
    [Fact, Trait("Tier", "fast")]
    public void WellConditionedRelu_IsNeverIllPosed()
    {
        var spec = new CurveSpec("rf-relu-d3-k300", "relu d=3", new Regime(Model.RandomFeatures, 3, 300, 1, Activation.Relu, TestPoints: 100), [10, 40, 120, 200]);
        Assert.DoesNotContain(CurveSweep.Run(spec, 1).Points, p => p.IllPosed);
    }

    /// <summary>
    /// A peak family of the calibration tier: its cases, what the run does to each case (nothing, or the large-ridge
    /// control's λ = 1), and whether the peak property must fail there. The rows are data, so a new family or control is
    /// a row here, never an arm of a switch.
    /// </summary>
    private sealed record PeakRate(string Name, Func<Arbitrary<PeakCase>> Cases, Func<PeakCase, PeakCase> Run, bool MustFail);

    private static readonly PeakRate[] PeakRates =
    [
        new("rf-width", MultipleDescentCases.RandomFeatureWidth, c => c, MustFail: false),
        new("ntk-rank", MultipleDescentCases.NeuralTangentRank, c => c, MustFail: false),
        new("erf-tanh-d", MultipleDescentCases.ErfTanhDimension, c => c, MustFail: false),
        new("quadratic-ntk-rank", MultipleDescentCases.QuadraticNeuralTangentRank, c => c, MustFail: false),
        new("large-ridge-control", MultipleDescentCases.RandomFeatureWidth, c => c with { Regime = c.Regime with { Ridge = 1 } }, MustFail: true),
    ];

    public static TheoryData<string> PeakFamilies => new(PeakRates.Select(r => r.Name));

    /// <summary>
    /// Calibration tier: the observed false-failure rate of each peak property over a fixed sample of cases, against
    /// the 5% the bars promise, and the pass rate of the large-ridge control, which must be 0.
    /// </summary>
    [Theory, Trait("Tier", "calibration"), MemberData(nameof(PeakFamilies))]
    public void PeakProperty_FalseFailureRate_IsAtMostFivePercent(string family)
    {
        var rate = PeakRates.Single(r => r.Name == family);
        var (count, failures) = MultipleDescentRate.Measure(rate.Cases(), c =>
        {
            var run = rate.Run(c);
            return MultipleDescentCheck.PeaksAtPrediction(run, MultipleDescentCheck.Sweep(run));
        });
        _output.WriteLine(F($"{family}: {failures.Count} / {count} cases failed the peak property"));
        foreach (string label in failures.Take(5)) _output.WriteLine("  " + label);
        if (rate.MustFail) Assert.Equal(count, failures.Count);
        else Assert.True(failures.Count <= 0.05 * count, F($"{family}: {failures.Count} / {count} failed, more than the 5% promised; first: {failures.FirstOrDefault()}"));
    }

    private static void PeaksAtPrediction(Arbitrary<PeakCase> cases) =>
        Check.One(MultipleDescentConfig.Quick, Prop.ForAll(cases, c =>
        {
            var (holds, label) = MultipleDescentCheck.PeaksAtPrediction(c, MultipleDescentCheck.Sweep(c));
            return holds.Label(label).Classify(c.Regime.Law == Data.InputLaw.Sphere, "sphere");
        }));

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

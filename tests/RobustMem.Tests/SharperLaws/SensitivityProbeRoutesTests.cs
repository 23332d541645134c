using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Models;
using RobustMem.Seminorm;
using RobustMem.SharperLaws;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.SharperLaws;

/// <summary>
/// The probe takes the model's own route (issue 19: one route per model, chosen by cost, for every command): its number is
/// measure's <c>sensitivity</c> on every route, and the streamed RF and dual NTK routes give ‖∇f(x₀)‖ of the dense fit (the
/// N×m features) at the same x₀ to 1e-10 relative; its guard is measure's for the sensitivity alone.
/// </summary>
public sealed class SensitivityProbeRoutesTests
{
    private const double RelTol = 1e-10;

    // RF k = 3000 streams in blocks of 1024, 1024, 952: the default block does not divide k. NTK kd = 80 > N = 30.
    public static TheoryData<string, string, double> Routes()
    {
        var data = new TheoryData<string, string, double>();
        foreach (string model in new[] { "rf", "ntk" })
            foreach (string sigma in new[] { "tanh", "quadratic", "cos", "softplus", "relu" })
                foreach (double sd in new[] { 1.0, 0.0 })
                    data.Add(model, sigma, sd);
        return data;
    }

    /// <summary>Finite RF past <see cref="RandomFeaturesModel.DenseMemoryBudget"/> (Z, W and the 8400 test points' features
    /// are 6.74·10⁷ doubles at k = 8000), so Fit streams, in a block of 4096 rows of W and one of 3904; yet N·k·d is 8·10⁵,
    /// and the probe evaluates no test point.</summary>
    private static Regime Streamed(string sigma) =>
        new(Model.RandomFeatures, 5, 8000, 20, Activation.Parse(sigma), InputLaw.Gaussian, TestPoints: 8400, WeightsSd: 1, Target: LabelTarget.None, Seed: 5);

    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    [InlineData("softplus")]
    [InlineData("cos")]
    [InlineData("quadratic")]
    public void StreamedProbe_EqualsMeasure_AndTheDenseRoute(string sigma)
    {
        var regime = Streamed(sigma);
        Assert.True(((RandomFeaturesModel)Model.RandomFeatures).UsesStreaming(regime));
        double probe = SensitivityProbe.Measure(regime);
        double measured = Experiment.Run(regime, MeasureFields.Sensitivity).Sensitivity!.Value;
        double dense = DenseRouteSensitivity(regime);
        Assert.True(double.IsFinite(dense), $"dense S = {dense} ({regime})");
        Assert.Equal(measured, probe);
        Assert.True(Math.Abs(probe - dense) <= RelTol * dense, $"S streamed {probe:R} vs dense {dense:R}, relative {Math.Abs(probe - dense) / dense:G3} > {RelTol} ({regime})");
    }

    private static Regime Small(string model, string sigma, double weightSd) => model == "rf"
        ? new Regime(Model.RandomFeatures, 12, 3000, 20, Activation.Parse(sigma), InputLaw.Gaussian, WeightsSd: weightSd > 0 ? weightSd : null, Target: LabelTarget.None, Seed: 5)
        : new Regime(Model.NeuralTangent, 10, 8, 30, Activation.Parse(sigma), InputLaw.Gaussian, WeightsSd: weightSd > 0 ? weightSd : null, Target: LabelTarget.None, Seed: 5);

    /// <param name="weightSd">s; 0 stands for the default 1/√d (null).</param>
    [Theory, MemberData(nameof(Routes))]
    public void Probe_EqualsTheDenseFitsSensitivity(string model, string sigma, double weightSd)
    {
        var regime = Small(model, sigma, weightSd);
        double dense = DenseSensitivity(regime);
        double probe = SensitivityProbe.Measure(regime);
        Assert.True(double.IsFinite(dense), $"dense S = {dense} ({regime})");
        Assert.True(Math.Abs(probe - dense) <= RelTol * dense, $"S probe {probe:R} vs dense {dense:R}, relative {Math.Abs(probe - dense) / dense:G3} > {RelTol} ({regime})");
    }

    [Theory]
    [InlineData("rf")]
    [InlineData("ntk")]
    public void Probe_IsMeasuresSensitivityField(string model)
    {
        var regime = Small(model, "tanh", 1);
        double measured = Experiment.Run(regime).Sensitivity!.Value;
        double probe = SensitivityProbe.Measure(regime);
        Assert.True(Math.Abs(probe - measured) <= RelTol * measured, $"S probe {probe:R} vs measure {measured:R}");
    }

    [Theory]
    [InlineData("rf")]
    [InlineData("ntk")]
    public void Routes_NeverHandTheBackendTheFeatureMatrix(string model)
    {
        // RF: blocks of 4096 rows of W (N·4096 = 81 920 < N·k = 160 000). NTK: a fit above NeuralTangentModel.SmallFitWork
        // (d = 50, k = 50, N = 250: dense 1.6·10⁸), where Fit takes the dual: N×k slopes, N² Grams, k×d A (62 500 < N·kd = 625 000).
        var regime = model == "rf" ? Streamed("tanh")
            : new Regime(Model.NeuralTangent, 50, 50, 250, Activation.Tanh, InputLaw.Gaussian, WeightsSd: 1, Target: LabelTarget.None, Seed: 5);
        var la = new CountingLinearAlgebra();
        SensitivityProbe.Measure(regime, la);
        long features = regime.N * regime.FeatureDimension;
        Assert.True(la.LargestMatrix < features, $"largest matrix {la.LargestMatrix} entries, the N×m features {features}");
        // Control: the counter sees the features when a route forms them (the dense route).
        var dense = new CountingLinearAlgebra();
        var streams = new RandomStreams(regime.Seed);
        var feature = (FeatureModel)regime.Model;
        var (map, weights) = feature.Map(regime, streams, FitParts.Standard, dense);
        feature.FitDense(regime, streams, FitParts.Standard.Data(regime, streams), map, weights, dense);
        Assert.True(dense.LargestMatrix >= features, $"dense fit's largest matrix {dense.LargestMatrix}, features {features}");
    }

    [Fact]
    public void Progress_RunsForwardOverTheOnePass_AndEndsAtOne()
    {
        var recorder = new ProgressRecorder();
        SensitivityProbe.Measure(Streamed("tanh"), progress: recorder);
        var seen = recorder.Seen;
        Assert.Equal(2, seen.Count); // blocks of 4096 and 3904 rows of W, one pass: x₀'s gradient comes with the Gram
        Assert.True(seen[1] > seen[0], string.Join(", ", seen));
        Assert.Equal(4096.0 / 8000, seen[0], 12);
        Assert.Equal(1.0, seen[^1]);
    }

    [Fact]
    public void Progress_OnTheDenseRoute_EndsAtOne()
    {
        var recorder = new ProgressRecorder();
        SensitivityProbe.Measure(Small("rf", "tanh", 1), progress: recorder);
        Assert.Equal([1.0], recorder.Seen);
    }

    [Fact]
    public void FewerFeaturesThanPoints_IsMeasuresLeastSquaresFit()
    {
        // No dual (ZZᵀ has rank k < N): the probe fits as measure does rather than report a Gram it cannot factor.
        var regime = new Regime(Model.RandomFeatures, 6, 15, 40, Activation.Tanh, InputLaw.Gaussian, WeightsSd: 1, Target: LabelTarget.None);
        Assert.Equal(DenseSensitivity(regime), SensitivityProbe.Measure(regime));
    }

    /// <summary>Quadratic NTK at d = 8, k = 3: feature rank 21 (not kd = 24) below N = 22, so no dual: measure's least-squares fit, not a NaN.</summary>
    [Fact]
    public void QuadraticNeuralTangent_BetweenItsRankAndKd_IsMeasuresFit()
    {
        var regime = new Regime(Model.NeuralTangent, 8, 3, 22, Activation.Quadratic, InputLaw.Gaussian, WeightsSd: 1, Target: LabelTarget.None, Seed: 5);
        Assert.Equal(21, NeuralTangentModel.FeatureRank(8, 3, Activation.Quadratic));
        double dense = DenseSensitivity(regime);
        Assert.True(double.IsFinite(dense), $"dense S = {dense}");
        Assert.Equal(dense, SensitivityProbe.Measure(regime), RelTol * dense);
    }

    [Fact]
    public void AnIllPosedFit_IsNaN_AsMeasureReportsIt()
    {
        // 40 points on a line through smooth features: the singular values of Z fall below √ε·s_max, measure reports the
        // fit ill-posed, and the probe's Gram (cond(Z)² past 1/ε) is not certified either.
        var regime = new Regime(Model.RandomFeatures, 1, 500, 40, Activation.Tanh, InputLaw.Gaussian, WeightsSd: 1, Target: LabelTarget.None);
        Assert.True(Experiment.Fit(regime).Report.IllPosed);
        Assert.True(double.IsNaN(SensitivityProbe.Measure(regime)));
    }

    [Theory]
    [InlineData("rf", 200_000)]
    [InlineData("ntk", 300)]
    public void LargestFigurePoint_PassesTheProbesGuard(string model, int k)
    {
        var regime = Largest(model, k, 1200);
        Assert.Same(regime, regime.ValidateForSensitivity());
    }

    /// <summary>Measure fits the finite NTK on the same dual route (issue 19), so its guard lets the largest point through too.</summary>
    [Fact]
    public void LargestNeuralTangentPoint_PassesMeasuresGuard()
    {
        var regime = Largest("ntk", 300, 1200);
        Assert.Same(regime, regime.Validate());
    }

    [Theory]
    [InlineData("rf", 2_000_000, 1200, "too expensive")]
    [InlineData("ntk", 3000, 15_000, "too expensive")]
    [InlineData("ntk", 300, 20_000, "too large")]
    public void TenTimesBeyond_IsRefused_InOneLine(string model, int k, int n, string fragment)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Largest(model, k, n).ValidateForSensitivity());
        string line = RobustMem.Cli.Program.OneLine(e.Message);
        Assert.Contains(fragment, line);
        Assert.Contains("reduce n, k or d", line);
        Assert.DoesNotContain("\\n", line);
        Assert.Equal("n", e.ParamName);
    }

    [Fact]
    public void KernelModels_KeepMeasuresGuard() =>
        Assert.Equal(new Regime(Model.RandomFeatureKernel, 10, 0, 200).DenseCost, Model.RandomFeatureKernel.SensitivityCost(new Regime(Model.RandomFeatureKernel, 10, 0, 200)));

    private static Regime Largest(string model, int k, int n) =>
        new(Model.Parse(model), 1000, k, n, Activation.Tanh, InputLaw.Gaussian, WeightsSd: 1, Target: LabelTarget.None);

    // The dense route (Z, W, the min-norm ladder) forced on a regime whose Fit streams.
    private static double DenseRouteSensitivity(Regime regime)
    {
        var model = (FeatureModel)regime.Model;
        var streams = new RandomStreams(regime.Seed).ForRepeat(0);
        var train = FitParts.Standard.Data(regime, streams);
        var (map, weights) = model.Map(regime, streams, FitParts.Standard, Backend.Current);
        var fitted = model.FitDense(regime, streams, train, map, weights, Backend.Current);
        if (fitted.Report.IllPosed) return double.NaN;
        var x0 = InputSampler.Sample(regime.Law, 1, regime.D, streams.SensitivityPoint).Row(0);
        return Sensitivity.At(fitted.Gradients, x0);
    }

    private static double DenseSensitivity(Regime regime)
    {
        var fitted = Experiment.Fit(regime);
        if (fitted.Report.IllPosed) return double.NaN;
        var x0 = InputSampler.Sample(regime.Law, 1, regime.D, fitted.Streams.SensitivityPoint).Row(0);
        return Sensitivity.At(fitted.Gradients, x0);
    }
}

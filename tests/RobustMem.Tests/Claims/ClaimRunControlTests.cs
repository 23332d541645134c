using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Each control must do exactly what its documentation says to the regime, the fit's parts, the model or S, so that a
/// control that must fail fails for its stated reason.
/// </summary>
public sealed class ClaimRunControlTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 40, K: 120, N: 30, Activation.Relu, InputLaw.Sphere, Noise: 0.5, Ridge: 0.25, Seed: 3);

    [Fact]
    public void Apply_SetsTheNoiseAndRidgeEachControlNames()
    {
        double diagonal = LeadingOrder.DiagonalScale(Rf.Model, Rf.Sigma, Rf.D);
        Assert.Equal(Rf with { Noise = 0 }, Control.NoLabelNoise.Apply(Rf));
        Assert.Equal(Rf with { Noise = 1 }, Control.LabelNoise.Apply(Rf));
        Assert.Equal(Rf with { Ridge = 10 * diagonal }, Control.LargeRidge.Apply(Rf));
        Assert.Equal(Rf with { Ridge = 0 }, Control.NoRidge.Apply(Rf));
        Assert.Equal(Rf with { Ridge = diagonal }, Control.ConstantRidge.Apply(Rf));
        Assert.Equal(10 * diagonal, ClaimRun.LargeRidge(Rf));
    }

    /// <summary>The wrong variants act on the fit or on S, never on the regime.</summary>
    [Theory]
    [InlineData(nameof(Control.None))]
    [InlineData(nameof(Control.NoCurvatureTerm))]
    [InlineData(nameof(Control.SeminormTimes1_25))]
    [InlineData(nameof(Control.SeminormTimes0_8))]
    [InlineData(nameof(Control.NoiseDroppedFromLabels))]
    [InlineData(nameof(Control.WeightsFromDataStream))]
    [InlineData(nameof(Control.MedianEigenvalueRidge))]
    [InlineData(nameof(Control.ZeroModel))]
    public void Apply_LeavesTheRegime_ForControlsThatActOnTheModel(string control) =>
        Assert.Equal(Rf, Control.Parse(control).Apply(Rf));

    [Fact]
    public void Parts_ChangeOnlyWhatTheirBugChanges()
    {
        Assert.False(Control.NoCurvatureTerm.Parts.CurvatureTerm);
        Assert.Same(FitParts.Standard, Control.None.Parts);
        Assert.Same(FitParts.Standard, Control.LargeRidge.Parts);
        var streams = new RandomStreams(Rf.Seed).ForRepeat(0);
        // Dropped noise: the labels are the target itself, y = Xw*.
        var dropped = Control.NoiseDroppedFromLabels.Parts.Data(Rf, streams);
        Assert.Equal(0, RealizedNoise.OfDataset(dropped), 12);
        Assert.True(Control.NoiseDroppedFromLabels.Parts.CurvatureTerm);
        // Copied weights: W's rows are the training inputs' stream, i.e. a different W from the standard one.
        var copied = Control.WeightsFromDataStream.Parts.Weights(Rf, new RandomStreams(Rf.Seed).ForRepeat(0));
        var standard = FitParts.Standard.Weights(Rf, new RandomStreams(Rf.Seed).ForRepeat(0));
        Assert.NotEqual(standard, copied);
    }

    [Theory]
    [InlineData(nameof(Control.SeminormTimes1_25), 1.25)]
    [InlineData(nameof(Control.SeminormTimes0_8), 0.8)]
    [InlineData(nameof(Control.None), 1)]
    [InlineData(nameof(Control.LargeRidge), 1)]
    public void SeminormFactor_IsTheWrongConstantOfEachVariant(string control, double factor) =>
        Assert.Equal(factor, Control.Parse(control).SeminormFactor);

    [Fact]
    public void Repeat_ReseedsAsTheExperimentsRepeatsDo_AndObserveTwoSizesGrowsNByFour()
    {
        Assert.Equal(Rf, ClaimRun.Repeat(Rf, 0));
        Assert.Equal(new RandomStreams(Rf.Seed).ForRepeat(3).Seed, ClaimRun.Repeat(Rf, 3).Seed);
        Assert.NotEqual(Rf.Seed, ClaimRun.Repeat(Rf, 1).Seed);
        var small = Rf with { N = 8, Ridge = 0 };
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(small, Control.None, null);
        Assert.Equal(small with { N = 32 }, large);
        Assert.Equal(8, atN.Fitted.N);
        Assert.Equal(32, at4N.Fitted.N);
    }

    /// <summary>S and its standard error are both scaled by a wrong constant, after an otherwise identical fit.</summary>
    [Fact]
    public void Observe_ScalesSByTheVariantsFactor()
    {
        var regime = Rf with { Ridge = 0 };
        var plain = ClaimRun.Observe(regime);
        var times = ClaimRun.Observe(regime, Control.SeminormTimes1_25);
        Assert.Equal(1.25 * plain.Value, times.Value, 12);
        Assert.Equal(plain.TrainError, times.TrainError);
        var ntk = new Regime(Model.NeuralTangent, D: 12, K: 12, N: 20, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 200, Seed: 5);
        var mc = ClaimRun.Observe(ntk);
        var mcTimes = ClaimRun.Observe(ntk, Control.SeminormTimes0_8);
        Assert.False(mc.Exact);
        Assert.True(mc.StandardError > 0);
        Assert.Equal(0.8 * mc.StandardError, mcTimes.StandardError, 12);
        Assert.True(plain.Exact);
        Assert.Equal(Experiment.Measure(plain.Experiment, "test").SobolevExact, plain.Value);
        Assert.Equal(0, plain.StandardError);
    }

    /// <summary>f ≡ 0: S = 0 exactly and the training error is ‖y‖²/n of the claim's labels.</summary>
    [Fact]
    public void Observe_ZeroModel_HasNoSeminormAndTheLabelsEnergyAsError()
    {
        var zero = ClaimRun.Observe(Rf, Control.ZeroModel);
        var y = zero.Experiment.Train.Y;
        Assert.Equal(0, zero.Value);
        Assert.Equal(0, zero.StandardError);
        Assert.True(zero.Exact);
        Assert.Equal(y.DotProduct(y) / Rf.N, zero.TrainError, 12);
    }

    /// <summary>The median-eigenvalue variant fits a ridge λ = μ_median/n; the claim's regime had none.</summary>
    [Fact]
    public void Observe_MedianEigenvalueRidge_FitsTheMedianOverN()
    {
        var regime = Rf with { Ridge = 0 };
        var observed = ClaimRun.Observe(regime, Control.MedianEigenvalueRidge);
        var spectrum = GramSpectrum.Of(ClaimRun.Observe(regime).Experiment);
        // GramSpectrum divides by n once; the variant divides the raw median eigenvalue by n.
        Assert.Equal(spectrum[spectrum.Length / 2], observed.Fitted.Ridge, 6);
        Assert.True(observed.TrainError > ClaimRun.Observe(regime).TrainError);
    }

    /// <summary>Only the noiseless control keeps the claim's nominal σ̂ and labels for its scale; every other run scales by its own.</summary>
    [Fact]
    public void ScaleNoiseAndData_FollowTheFit_ExceptWithoutLabelNoise()
    {
        var regime = Rf with { Ridge = 0 };
        var noiseless = ClaimRun.Observe(regime, Control.NoLabelNoise);
        Assert.Equal(0, noiseless.SigmaHat, 12);
        Assert.Equal(RealizedNoise.Of(regime, 0.5), Control.NoLabelNoise.ScaleNoise(noiseless, regime));
        Assert.Equal(0, Control.None.ScaleNoise(noiseless, regime), 12);
        var nominal = Control.NoLabelNoise.ScaleData(noiseless, regime);
        Assert.Equal(RealizedNoise.Of(regime, 0.5), RealizedNoise.OfDataset(nominal), 12);
        Assert.Same(noiseless.Experiment.Train, Control.None.ScaleData(noiseless, regime));
    }
}

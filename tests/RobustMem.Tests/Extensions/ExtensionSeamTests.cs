using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.ExtensionSample;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Tests.Data;

namespace RobustMem.Tests.Extensions;

/// <summary>
/// The model and the input law are open (issue 12): a law and a model defined in this project, without editing the
/// library, are found by name, measured by the entry point <c>measure</c> calls, and checked by <see cref="ScalingCheck"/>.
/// </summary>
public sealed class ExtensionSeamTests
{
    public ExtensionSeamTests() => ToyExtensions.Register();

    // Looked up by name, as the CLI would. n = 12 and 4n = 48 stay below d = 100: min-norm interpolates on the d features.
    private static Regime ToyRegime => new(Model.Parse("linear"), D: 100, K: 0, N: 12, Law: InputLaw.Parse("rademacher"));

    [Fact]
    public void Registries_FindTheToysByName_AndListThemInTheirMessages()
    {
        Assert.Same(LinearModel.Instance, ModelRegistry.Parse("Linear"));
        Assert.Same(RademacherLaw.Instance, InputLawRegistry.Parse("RADEMACHER"));
        Assert.EndsWith("linear.", Assert.Throws<ArgumentException>(() => ModelRegistry.Parse("cnn")).Message.Split(" (Parameter")[0]);
        Assert.Equal("unknown law 'uniform'; expected one of sphere, gaussian, cube, laplace, rademacher.",
            Assert.Throws<ArgumentException>(() => InputLawRegistry.Parse("uniform")).Message);
    }

    [Fact]
    public void ToyControl_IsFoundByName_AndChangesOnlyTheNoise()
    {
        Assert.Same(HalfLabelNoise.Instance, Control.Parse("halflabelnoise"));
        Assert.Contains(HalfLabelNoise.Instance, Control.All);
        Assert.DoesNotContain(HalfLabelNoise.Instance, Control.BuiltIn);
        Assert.Equal(ToyRegime with { Noise = 0.5 }, HalfLabelNoise.Instance.Apply(ToyRegime));
    }

    [Fact]
    public void Registering_AnotherModelOrLawUnderATakenName_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ModelRegistry.Register(new LinearModel()));
        Assert.Throws<ArgumentException>(() => InputLawRegistry.Register(new RademacherLaw()));
        ModelRegistry.Register(LinearModel.Instance); // the same instance again is a no-op
    }

    [Fact]
    public void ToyLaw_HasTheMomentsItPromises()
    {
        var law = InputLaw.Parse("rademacher");
        var x = InputSampler.Sample(law, 20_000, 4, new RandomStreams(1).TrainInputs);
        var found = InputLawMomentTests.Violations(x, law.Moments(4));
        Assert.True(found.Count == 0, string.Join("; ", found));
    }

    [Fact]
    public void Measure_RunsOnTheToyModelAndLaw()
    {
        var regime = ToyRegime.Validate();
        var m = Experiment.Run(regime);
        var fitted = Assert.IsType<FittedFeatureModel>(Experiment.Fit(regime));
        double norm = fitted.Linear.Coefficients.L2Norm();
        // ∇f = θ everywhere, so S = ‖θ‖: exactly from C = I, and with no spread by Monte Carlo.
        Assert.Equal(norm, m.SobolevExact!.Value, 12);
        Assert.Equal(norm, m.Sobolev, 10);
        Assert.True(m.Interpolates && m.TrainError < 1e-20 && m.Rank == regime.N, $"rank {m.Rank}, train error {m.TrainError}");
        Assert.Null(fitted.Weights);
        Assert.Equal((100L, Math.Sqrt(12)), (regime.FeatureDimension, regime.Model.Claim.BoundOf(regime)));
        Assert.Equal([100], regime.Model.InterpolationThresholds(regime));
        Assert.Equal("linear relu rademacher, d=100 n=12 σ=1, seed 0", RegimeText.Describe(regime));
    }

    [Fact]
    public void ScalingCheck_RunsOnTheToyModelAndLaw_WithTheCallersBands()
    {
        // The calibrated table has no row for an extension's claim: it refuses rather than lend another claim's band.
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalingCheck.Evaluate(LinearModel.LinearClaim, ToyRegime));
        // S/√n over σ̂·√(d/(d − n)) is 1 to leading order (inverse Wishart), plus ‖P w*‖²/(nσ²) ≈ 1/d; ±25% holds it.
        var band = new Band(0.8, 1.25, "toy: min-norm linear regression, S/√n ≈ σ̂·√(d/(d − n))");
        var verdict = ScalingCheck.Evaluate(LinearModel.LinearClaim, ToyRegime, (band, band, band));
        Assert.True(verdict.Passed, verdict.Message);
        Assert.Equal(Math.Sqrt(48), verdict.Bound, 12);
    }
}

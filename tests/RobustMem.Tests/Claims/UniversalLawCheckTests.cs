using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Claim U (THEORY.md §5.2) on a tiny interpolating RF: S and the Lipschitz lower estimate over √(nd/p), p = k, each
/// above the subgroup's floor; fitting below the noise level is asked at the claim's nominal σ.
/// </summary>
public sealed class UniversalLawCheckTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 8, K: 16, N: 8, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 40, Seed: 3);

    [Fact]
    public void BothEstimates_AreOverSqrtNdOverP_AndEachConditionHoldsExactlyInItsBand()
    {
        var v = UniversalLawCheck.Evaluate(Rf);
        var f = v.Figures;
        var observed = ClaimRun.Observe(Rf, Control.None, null, Claim.UniversalLaw.Measures);
        double lipschitz = Experiment.SensitivityAndLipschitz(observed.Experiment).LipschitzLower;
        Assert.Equal(16, f["p"]);
        Assert.Equal(Math.Sqrt(8.0 * 8 / 16), v.Bound, 12);
        Assert.Equal(observed.Value, v.Value, 12);
        Assert.Equal(observed.Value / v.Bound, f["S/bound"], 12);
        Assert.Equal(lipschitz / v.Bound, f["Lip/bound"], 12);
        var floor = RobustMem.Claims.Catalog.UniversalLaw.Floors.For(ModelActivation.Of(Rf));
        Assert.Equal(floor, v.Band);
        VerdictAssert.HeldIff(v, "well-posed", true);
        VerdictAssert.HeldIff(v, "fits below the noise level: train error", observed.TrainError <= 0.5);
        VerdictAssert.HeldIff(v, "the Lipschitz estimate", lipschitz >= observed.Value - 4 * observed.StandardError);
        VerdictAssert.HeldIff(v, "bound: S/√(nd/p)", floor.Contains(f["S/bound"]));
        VerdictAssert.HeldIff(v, "bound: lipschitz_lower/√(nd/p)", floor.Contains(f["Lip/bound"]));
        Assert.True(v.Passed, v.Message);
    }

    /// <summary>A ridge that dwarfs the spectrum no longer fits below the noise: the sanity condition, not the bound, rejects it.</summary>
    [Fact]
    public void LargeRidge_DoesNotFitBelowTheNoise()
    {
        var v = UniversalLawCheck.Evaluate(Rf, Control.LargeRidge);
        Assert.False(v.Passed);
        Assert.Contains(v.Conditions, c => c.StartsWith("[VIOLATED] fits below the noise level"));
    }

    /// <summary>The noiseless control still interpolates: its labels carry no noise, but the condition is asked at the nominal σ = 1.</summary>
    [Fact]
    public void NoiselessTarget_StillMeetsTheFitCondition_AtTheNominalNoise()
    {
        var v = UniversalLawCheck.Evaluate(Rf, Control.NoiselessLinearTarget);
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] fits below the noise level") && c.Contains("σ²/2 = 0.5"));
    }
}

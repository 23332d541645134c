using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// The generated tables of subgroup bands (each claim's <see cref="Claim.ScalingBands"/>): a regime finds its own subgroup's row (activation for kernels, activation × law ×
/// k/d for finite models), every row of the table is reachable, and a regime outside every subgroup is refused.
/// </summary>
public sealed class CalibratedBandsTests
{
    /// <summary>A claim without rows (claim T is not checked by ScalingCheck) is refused, never given another claim's band.</summary>
    [Fact]
    public void AClaimWithoutRows_IsRefused()
    {
        var regime = new Regime(Model.RandomFeatures, D: 30, K: 60, N: 20, Activation.Relu, InputLaw.Sphere);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalingCheck.BandsOf(Claim.Tightness, regime));
        Assert.Equal("relu sphere k/d=2", Subgroup.Of(regime).ToString());
        _ = ScalingCheck.BandsOf(Claim.Generality, regime);
    }

    [Fact]
    public void Subgroup_IsTheActivationForKernels_AndActivationLawWidthForFiniteModels()
    {
        Assert.Equal(Subgroup.Kernel(Activation.Abs), Subgroup.Of(new Regime(Model.RandomFeatureKernel, D: 200, K: 1, N: 20, Activation.Abs)));
        Assert.Equal("abs", Subgroup.Kernel(Activation.Abs).ToString());
        Assert.Equal(Subgroup.Finite(Activation.Relu, InputLaw.Gaussian, 3), Subgroup.Of(new Regime(Model.RandomFeatures, D: 90, K: 270, N: 40, Activation.Relu, InputLaw.Gaussian)));
        Assert.Equal("relu gaussian k/d=3", Subgroup.Finite(Activation.Relu, InputLaw.Gaussian, 3).ToString());
        // k/d is rounded: 161/80 is 2.
        Assert.Equal(Subgroup.Finite(Activation.Abs, InputLaw.Sphere, 2), Subgroup.Of(new Regime(Model.RandomFeatures, D: 80, K: 161, N: 40, Activation.Abs)));
    }

    /// <summary>Every row, looked up from a regime of its subgroup; the quotient row is the third band, n's the first.</summary>
    [Theory]
    [InlineData("I-NTK", "ntk-kernel", "abs", "sphere", 1, 0.907, 1.078, 1.104)]
    [InlineData("I-NTK", "ntk-kernel", "relu", "sphere", 1, 0.905, 1.038, 1.061)]
    [InlineData("I-RF", "rf-kernel", "abs", "sphere", 1, 0.770, 1.088, 1.300)]
    [InlineData("I-RF", "rf-kernel", "relu", "sphere", 1, 0.776, 1.119, 1.296)]
    [InlineData("II", "rf", "abs", "gaussian", 2, 1.002, 1.429, 1.265)]
    [InlineData("II", "rf", "abs", "gaussian", 3, 0.833, 1.201, 1.278)]
    [InlineData("II", "rf", "abs", "sphere", 2, 0.986, 1.424, 1.277)]
    [InlineData("II", "rf", "abs", "sphere", 3, 0.825, 1.177, 1.267)]
    [InlineData("II", "rf", "relu", "gaussian", 2, 0.953, 1.305, 1.231)]
    [InlineData("II", "rf", "relu", "gaussian", 3, 0.861, 1.125, 1.167)]
    [InlineData("II", "rf", "relu", "sphere", 2, 0.936, 1.272, 1.226)]
    [InlineData("II", "rf", "relu", "sphere", 3, 0.834, 1.115, 1.184)]
    [InlineData("III", "ntk", "abs", "sphere", 1, 0.792, 1.117, 1.242)]
    [InlineData("III", "ntk", "abs", "sphere", 2, 0.647, 0.886, 1.209)]
    [InlineData("III", "ntk", "relu", "sphere", 1, 0.891, 1.151, 1.152)]
    [InlineData("III", "ntk", "relu", "sphere", 2, 0.850, 1.012, 1.062)]
    public void Scaling_FindsEachRowFromARegimeOfItsSubgroup(string id, string model, string activation, string law, int ratio, double lowN, double high4N, double highQ)
    {
        var claim = Claim.ById(id);
        var regime = new Regime(Model.Parse(model), D: 30, K: ratio * 30, N: 20, Activation.Parse(activation), InputLaw.Parse(law));
        var (atN, at4N, quotient) = ScalingCheck.BandsOf(claim, regime);
        Assert.Equal(lowN, atN.Lower);
        Assert.Equal(high4N, at4N.Upper);
        Assert.Equal(highQ, quotient.Upper);
        Assert.StartsWith("calibrated per subgroup", quotient.Origin);
    }

    /// <summary>erf is calibrated for no claim, and claim III has no gaussian rows: refused, with the claim's own rows listed.</summary>
    [Fact]
    public void Scaling_RefusesAMissingSubgroup_ListingTheClaimsRows()
    {
        var erf = new Regime(Model.RandomFeatureKernel, D: 200, K: 1, N: 20, Activation.Erf);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ScalingCheck.BandsOf(Claim.InfiniteRandomFeatures, erf));
        Assert.Equal("erf", error.ActualValue);
        Assert.Contains("claim I-RF's scaling check has calibrated bands for abs, relu only", error.Message);
        Assert.DoesNotContain("I-NTK", error.Message);
        var gaussian = new Regime(Model.NeuralTangent, D: 20, K: 20, N: 20, Activation.Relu, InputLaw.Gaussian);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalingCheck.BandsOf(Claim.FiniteNeuralTangent, gaussian));
    }
}

using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Tests.Claims;

/// <summary>
/// The generated table of subgroup bands: a regime finds its own subgroup's row (activation for kernels, activation × law ×
/// k/d for finite models), every row of the table is reachable, and a regime outside every subgroup is refused.
/// </summary>
public sealed class CalibratedBandsTests
{
    [Fact]
    public void Covers_ExactlyTheScalingClaimsOfTheTable()
    {
        Assert.True(CalibratedBands.Covers(Claim.InfiniteRandomFeatures));
        Assert.True(CalibratedBands.Covers(Claim.InfiniteNeuralTangent));
        Assert.True(CalibratedBands.Covers(Claim.FiniteRandomFeatures));
        Assert.True(CalibratedBands.Covers(Claim.FiniteNeuralTangent));
        Assert.False(CalibratedBands.Covers(Claim.Generality));
        Assert.False(CalibratedBands.Covers(Claim.Tightness));
    }

    [Fact]
    public void Subgroup_IsTheActivationForKernels_AndActivationLawWidthForFiniteModels()
    {
        Assert.Equal("abs", CalibratedBands.Subgroup(new Regime(ModelKind.RandomFeatureKernel, D: 200, K: 1, N: 20, Activation.Abs)));
        Assert.Equal("relu gaussian k/d=3", CalibratedBands.Subgroup(new Regime(ModelKind.RandomFeatures, D: 90, K: 270, N: 40, Activation.Relu, InputLaw.Gaussian)));
        // k/d is rounded: 161/80 is 2.
        Assert.Equal("abs sphere k/d=2", CalibratedBands.Subgroup(new Regime(ModelKind.RandomFeatures, D: 80, K: 161, N: 40, Activation.Abs)));
    }

    /// <summary>Every row, looked up from a regime of its subgroup; the quotient row is the third band, n's the first.</summary>
    [Theory]
    [InlineData("I-NTK", ModelKind.NeuralTangentKernel, "abs", InputLaw.Sphere, 1, 0.939, 1.049, 1.066)]
    [InlineData("I-NTK", ModelKind.NeuralTangentKernel, "relu", InputLaw.Sphere, 1, 0.934, 1.003, 1.021)]
    [InlineData("I-RF", ModelKind.RandomFeatureKernel, "abs", InputLaw.Sphere, 1, 0.854, 1.056, 1.172)]
    [InlineData("I-RF", ModelKind.RandomFeatureKernel, "relu", InputLaw.Sphere, 1, 0.848, 1.076, 1.186)]
    [InlineData("II", ModelKind.RandomFeatures, "abs", InputLaw.Gaussian, 2, 0.931, 1.600, 1.394)]
    [InlineData("II", ModelKind.RandomFeatures, "abs", InputLaw.Gaussian, 3, 0.778, 1.289, 1.405)]
    [InlineData("II", ModelKind.RandomFeatures, "abs", InputLaw.Sphere, 2, 0.922, 1.519, 1.395)]
    [InlineData("II", ModelKind.RandomFeatures, "abs", InputLaw.Sphere, 3, 0.771, 1.255, 1.381)]
    [InlineData("II", ModelKind.RandomFeatures, "relu", InputLaw.Gaussian, 2, 0.881, 1.376, 1.315)]
    [InlineData("II", ModelKind.RandomFeatures, "relu", InputLaw.Gaussian, 3, 0.795, 1.189, 1.302)]
    [InlineData("II", ModelKind.RandomFeatures, "relu", InputLaw.Sphere, 2, 0.876, 1.345, 1.306)]
    [InlineData("II", ModelKind.RandomFeatures, "relu", InputLaw.Sphere, 3, 0.773, 1.193, 1.298)]
    [InlineData("III", ModelKind.NeuralTangent, "abs", InputLaw.Sphere, 1, 0.744, 1.180, 1.350)]
    [InlineData("III", ModelKind.NeuralTangent, "abs", InputLaw.Sphere, 2, 0.612, 0.932, 1.302)]
    [InlineData("III", ModelKind.NeuralTangent, "relu", InputLaw.Sphere, 1, 0.844, 1.232, 1.237)]
    [InlineData("III", ModelKind.NeuralTangent, "relu", InputLaw.Sphere, 2, 0.804, 1.073, 1.142)]
    public void Scaling_FindsEachRowFromARegimeOfItsSubgroup(string id, ModelKind model, string activation, InputLaw law, int ratio, double lowN, double high4N, double highQ)
    {
        var claim = Claim.All.Single(c => c.Id == id);
        var regime = new Regime(model, D: 30, K: ratio * 30, N: 20, Activation.Parse(activation), law);
        var (atN, at4N, quotient) = CalibratedBands.Scaling(claim, regime);
        Assert.Equal(lowN, atN.Lower);
        Assert.Equal(high4N, at4N.Upper);
        Assert.Equal(highQ, quotient.Upper);
        Assert.StartsWith("calibrated per subgroup", quotient.Origin);
    }

    /// <summary>erf is calibrated for no claim, and claim III has no gaussian rows: refused, with the claim's own rows listed.</summary>
    [Fact]
    public void Scaling_RefusesAMissingSubgroup_ListingTheClaimsRows()
    {
        var erf = new Regime(ModelKind.RandomFeatureKernel, D: 200, K: 1, N: 20, Activation.Erf);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CalibratedBands.Scaling(Claim.InfiniteRandomFeatures, erf));
        Assert.Equal("I-RF | erf", error.ActualValue);
        Assert.Contains("I-RF | abs; I-RF | relu", error.Message);
        Assert.DoesNotContain("I-NTK", error.Message);
        var gaussian = new Regime(ModelKind.NeuralTangent, D: 20, K: 20, N: 20, Activation.Relu, InputLaw.Gaussian);
        Assert.Throws<ArgumentOutOfRangeException>(() => CalibratedBands.Scaling(Claim.FiniteNeuralTangent, gaussian));
    }
}

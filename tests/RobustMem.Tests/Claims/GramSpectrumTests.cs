using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>The spectrum a ridge λ is placed in: eigenvalues of ZZᵀ/n or K/n, ascending, and its nearest-rank quantiles.</summary>
public sealed class GramSpectrumTests
{
    [Fact]
    public void Of_IsTheGramsEigenvaluesOverN_Ascending()
    {
        var rf = Experiment.Fit(new Regime(Model.RandomFeatures, D: 10, K: 30, N: 12, Activation.Relu, InputLaw.Sphere, Seed: 1));
        var z = ((FittedFeatureModel)rf).Features;
        double[] expected = [.. (z * z.Transpose()).Evd().EigenValues.Select(e => e.Real / 12).Order()];
        var spectrum = GramSpectrum.Of(rf);
        Assert.Equal(12, spectrum.Length);
        for (int i = 0; i < 12; i++) Assert.Equal(expected[i], spectrum[i], 10);
        var kernel = Experiment.Fit(new Regime(Model.RandomFeatureKernel, D: 10, K: 1, N: 12, Activation.Relu, InputLaw.Sphere, Seed: 1));
        double trace = ((FittedKernelModel)kernel).Kernel.Gram(kernel.Train.X, kernel.Train.X).Trace();
        Assert.Equal(trace / 12, GramSpectrum.Of(kernel).Sum(), 10);
    }

    [Fact]
    public void Quantile_IsTheNearestRank()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        Assert.Equal(1, GramSpectrum.Quantile(values, 0));
        Assert.Equal(2, GramSpectrum.Quantile(values, 0.1));
        Assert.Equal(6, GramSpectrum.Quantile(values, 0.5));
        Assert.Equal(10, GramSpectrum.Quantile(values, 0.9));
        Assert.Equal(11, GramSpectrum.Quantile(values, 1));
    }
}

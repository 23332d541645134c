using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>The independent checks on the numbers that scale a claim's ratios: each accepts a correct run and rejects the bug it is for.</summary>
public sealed class RunSanityTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 40, K: 120, N: 30, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 3);

    [Fact]
    public void ChiSquareBand_AcceptsTheRealizedNoise_AndRejectsDroppedOrDoubledNoise()
    {
        double sigmaHat = RealizedNoise.Of(Rf, 1);
        Assert.True(RunSanity.NoiseInChiSquareBand(sigmaHat, Rf.N, 1).Held);
        Assert.False(RunSanity.NoiseInChiSquareBand(0, Rf.N, 1).Held);
        Assert.False(RunSanity.NoiseInChiSquareBand(2 * sigmaHat, Rf.N, 1).Held);
    }

    /// <summary>
    /// The band's edges are the χ²_30 quantiles at 5e-7 and 1 − 5e-7: 5.858 and 84.10, computed independently of
    /// MathNet (regularized incomplete gamma by its series and continued fraction, bisection to 1e-12).
    /// </summary>
    [Fact]
    public void ChiSquareBand_EdgesAreTheQuantiles()
    {
        Assert.True(RunSanity.NoiseInChiSquareBand(Math.Sqrt(5.87 / 30), 30, 1).Held);
        Assert.False(RunSanity.NoiseInChiSquareBand(Math.Sqrt(5.85 / 30), 30, 1).Held);
        Assert.True(RunSanity.NoiseInChiSquareBand(Math.Sqrt(84.09 / 30), 30, 1).Held);
        Assert.False(RunSanity.NoiseInChiSquareBand(Math.Sqrt(84.11 / 30), 30, 1).Held);
    }

    /// <summary>The statistic is nσ̂²/σ²: at σ = 2 a σ̂ of 2 is χ²_30's mean, 30, and σ̂ = 1 is a quarter of it.</summary>
    [Fact]
    public void ChiSquareBand_DividesByTheNominalNoise()
    {
        Assert.True(RunSanity.NoiseInChiSquareBand(2, 30, 2).Held);
        Assert.Contains("nσ̂²/σ² = 30 in", RunSanity.NoiseInChiSquareBand(2, 30, 2).Text);
        Assert.Contains("nσ̂²/σ² = 7.5 in", RunSanity.NoiseInChiSquareBand(1, 30, 2).Text);
    }

    [Fact]
    public void Independence_HoldsForSeparateStreams_AndFailsWhenWCopiesTheData()
    {
        Assert.True(RunSanity.WeightsIndependentOfData(ClaimRun.Observe(Rf)).Held);
        var copied = ClaimRun.Observe(Rf, Control.WeightsFromDataStream);
        Assert.False(RunSanity.WeightsIndependentOfData(copied).Held, ((FittedFeatureModel)copied.Experiment).Weights!.Row(0).ToString());
    }

    /// <summary>The union-bound level: pairs·P(|cos| > c) = 1e-6, checked against the simulated tail of cos² ~ Beta(1/2, (d−1)/2).</summary>
    [Fact]
    public void CosineLevel_HasTheStatedTail()
    {
        const int d = 40;
        double level = RunSanity.CosineLevel(d, 1);
        double tail = 1 - MathNet.Numerics.SpecialFunctions.BetaRegularized(0.5, (d - 1) / 2.0, level * level);
        Assert.InRange(tail, 0.99e-6, 1.01e-6);
        Assert.True(RunSanity.CosineLevel(d, 1e4) > level, "more pairs need a higher level");
    }

    [Fact]
    public void Memorizes_HoldsForMinNorm_AndFailsForALargeRidge()
    {
        var minNorm = ClaimRun.Observe(Rf);
        Assert.True(RunSanity.Memorizes(minNorm, minNorm.SigmaHat).Held);
        var ridge = ClaimRun.Observe(Rf, Control.LargeRidge);
        Assert.False(RunSanity.Memorizes(ridge, ridge.SigmaHat).Held);
    }

    /// <summary>The hypothesis ε̂ ≤ σ̂²/2 is closed at its edge, and a kernel model has no weights to check.</summary>
    [Fact]
    public void Memorizes_IsClosedAtHalfTheNoiseEnergy_AndKernelsHaveNoWeights()
    {
        var minNorm = ClaimRun.Observe(Rf);
        Assert.True(RunSanity.Memorizes(minNorm with { TrainError = 0.18 }, 0.6).Held);
        Assert.False(RunSanity.Memorizes(minNorm with { TrainError = Math.BitIncrement(0.18) }, 0.6).Held);
        Assert.True(RunSanity.Memorizes(minNorm with { TrainError = 0.17 }, 0.6).Held);
        var kernel = ClaimRun.Observe(new Regime(Model.RandomFeatureKernel, D: 40, K: 1, N: 30, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 3));
        var note = RunSanity.WeightsIndependentOfData(kernel);
        Assert.True(note.Held);
        Assert.Equal("[ok] weights: rf-kernel draws none to check", note.ToString());
    }

    /// <summary>The largest |cos(w_j, x_i)| is reported over all k×n pairs, recomputed here pair by pair.</summary>
    [Fact]
    public void Independence_ReportsTheLargestCosineOverEveryPair()
    {
        var observed = ClaimRun.Observe(Rf);
        var w = ((FittedFeatureModel)observed.Experiment).Weights!;
        var x = observed.Experiment.Train.X;
        double largest = 0;
        for (int j = 0; j < w.RowCount; j++)
            for (int i = 0; i < x.RowCount; i++)
                largest = Math.Max(largest, Math.Abs(w.Row(j).DotProduct(x.Row(i))) / (w.Row(j).L2Norm() * x.Row(i).L2Norm()));
        string text = RunSanity.WeightsIndependentOfData(observed).Text;
        Assert.Contains($"over 120×30 pairs = {largest:G3} ≤ {RunSanity.CosineLevel(40, 3600):G3}", text);
    }
}

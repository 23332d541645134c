using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>The two-size protocol: repeats reseeded, the larger size 4n, means taken before the quotient.</summary>
public class TwoSizesTests
{
    private sealed record Fake(double Rel1, double Rel4, double Value4, double Predicted4, int Seed) : TwoSizes.IProbe;

    private static readonly Regime Regime = new(Model.RandomFeatures, 20, 40, 10, Activation.Relu);

    [Fact]
    public void Run_MeasuresEachRepeatOnItsOwnSeed_AndTheLargerSizeIsFourN()
    {
        var run = TwoSizes.Run(Regime, 3, r => new Fake(1, 1, 1, 1, r.Seed));
        Assert.Equal(4 * Regime.N, run.Large.N);
        Assert.Equal(Enumerable.Range(0, 3).Select(r => ClaimRun.Repeat(Regime, r).Seed), run.Probes.Select(p => p.Seed));
    }

    [Fact]
    public void Quotient_IsOfTheMeans_NotTheMeanOfQuotients()
    {
        var probes = new[] { new Fake(1, 2, 0, 0, 0), new Fake(3, 2, 0, 0, 0) };
        int i = 0;
        var run = TwoSizes.Run(Regime, 2, _ => probes[i++]);
        Assert.Equal(1.0, run.Quotient);
        Assert.Equal(2.0, run.QuotientOfFirst);
    }
}

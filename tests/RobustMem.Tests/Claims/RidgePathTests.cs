using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Claim R's conditions on one ridge path (THEORY.md §4), on synthetic paths with σ̂² = 2 (so that /σ̂² and ·σ̂² differ): memorizing means training error
/// ≤ σ̂²/2; the path must start memorizing and lose it past the spectrum; its training error must not fall (beyond
/// round-off) and its S must not rise (beyond 4 Monte Carlo standard errors) with λ, from min-norm on; and only the λ
/// that still memorize are held to the floor.
/// </summary>
public sealed class RidgePathTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 8, K: 16, N: 6, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 20, Seed: 3);

    private static readonly Band Floor = new(0.1, double.PositiveInfinity, "test floor");

    /// <summary>Min-norm S 4, then (train error in units of σ̂² = 2, S) along the path's four λ, predicted S 10: relative S/10.</summary>
    private static RidgeCheck.RidgePath Path(double minNorm, params (double TrainError, double S, double Error)[] fits)
    {
        var o = ClaimRun.Observe(Rf);
        return new(Rf, o with { Value = minNorm, StandardError = fits[0].Error }, [0.5, 1, 2], [0.1, 1, 2, 20],
            [.. fits.Select(f => o with { TrainError = 2 * f.TrainError, Value = f.S, StandardError = f.Error })], Sigma2: 2, Predicted: 10);
    }

    private static readonly (double, double, double)[] Good = [(0.1, 3, 0), (0.2, 2.5, 0), (0.4, 2, 0), (0.9, 1, 0)];

    private static (List<Condition> Conditions, Dictionary<string, double> Figures) Judge(RidgeCheck.RidgePath path)
    {
        var conditions = new List<Condition>();
        var figures = new List<(string, double)>();
        RidgeCheck.AddPathConditions(path, "n", Floor, conditions, figures);
        return (conditions, figures.ToDictionary(f => f.Item1, f => f.Item2));
    }

    private static bool Held(List<Condition> conditions, string text) => conditions.Single(c => c.Text.Contains(text)).Held;

    [Fact]
    public void AGoodPath_HoldsEveryCondition_AndBandsOnlyTheMemorizingLambdas()
    {
        var (conditions, figures) = Judge(Path(4, Good));
        Assert.All(conditions, c => Assert.True(c.Held, c.Text));
        // q10, q50 and q90 memorize (train error ≤ 1/2) and are held to the floor; past the spectrum only reports.
        Assert.Equal(3, conditions.Count(c => c.Part == Part.LowerBound));
        Assert.Single(conditions, c => !c.Decides && c.Text.StartsWith("at n=6, λ at past does not memorize"));
        Assert.Equal(0.9, figures["train/σ̂²(past at n)"]);
        Assert.Equal(0.3, figures["relative(q10 at n)"], 12);
        Assert.Equal(0.1, figures["relative(past at n)"], 12);
        Assert.Equal(8, figures.Count);
    }

    /// <summary>A memorizing λ under the floor violates the bound; the same S at a λ that no longer memorizes does not.</summary>
    [Fact]
    public void TheFloor_BindsOnlyWhileTheModelMemorizes()
    {
        var (low, _) = Judge(Path(4, (0.1, 3, 0), (0.2, 0.5, 0), (0.4, 0.5, 0), (0.9, 0.5, 0)));
        Assert.Equal(2, low.Count(c => c.Part == Part.LowerBound && !c.Held));
        Assert.DoesNotContain(low, c => c.Part == Part.LowerBound && c.Text.Contains("past"));
    }

    /// <summary>Training error exactly σ̂²/2 still memorizes (≤): a path that starts there holds, one that ends there has not lost it.</summary>
    [Fact]
    public void MemorizingIsTrainErrorAtMostHalfTheNoiseEnergy()
    {
        var (start, _) = Judge(Path(4, (0.5, 3, 0), (0.6, 2.5, 0), (0.7, 2, 0), (0.9, 1, 0)));
        Assert.True(Held(start, "the path starts memorizing"));
        Assert.Single(start, c => c.Part == Part.LowerBound);
        var (end, _) = Judge(Path(4, (0.1, 3, 0), (0.2, 2.5, 0), (0.4, 2, 0), (0.5, 1, 0)));
        Assert.False(Held(end, "memorization lost past the spectrum"));
        Assert.Equal(4, end.Count(c => c.Part == Part.LowerBound));
        var (never, _) = Judge(Path(4, (0.6, 3, 0), (0.7, 2.5, 0), (0.8, 2, 0), (0.9, 1, 0)));
        Assert.False(Held(never, "the path starts memorizing"));
    }

    /// <summary>Ties hold; a training error that falls by more than round-off, at any step up to the last, does not.</summary>
    [Theory]
    [InlineData(0.2, 0.2, 0.9, true)]
    [InlineData(0.2, 0.2 * (1 - 1e-10), 0.9, true)]
    [InlineData(0.2, 0.2 * (1 - 1e-7), 0.9, false)]
    [InlineData(0.2, 0.4, 0.3, false)]
    public void TrainingError_MustNotFallAlongThePath(double q50, double q90, double past, bool held)
    {
        var (conditions, _) = Judge(Path(4, (0.1, 3, 0), (q50, 2.5, 0), (q90, 2, 0), (past, 1, 0)));
        Assert.Equal(held, Held(conditions, "rises, S ="));
    }

    /// <summary>S may rise by up to 4 standard errors of the difference, √(se₁² + se₂²), and not more, at any step from min-norm to the last.</summary>
    [Theory]
    [InlineData(4, 3, 3, 1, 0, true)]
    [InlineData(4, 3, 3.0001, 1, 0, false)]
    [InlineData(4, 2.5, 2.5 + 0.56, 1, 0.1, true)] // 4·√0.02 = 0.566
    [InlineData(4, 2.5, 2.5 + 0.57, 1, 0.1, false)]
    [InlineData(2.9, 3, 2.5, 1, 0, false)]
    [InlineData(4, 3, 2.5, 2.0001, 0, false)]
    public void S_MustNotRiseAlongThePath_BeyondMonteCarloError(double minNorm, double q10, double q50, double past, double error, bool held)
    {
        var (conditions, _) = Judge(Path(minNorm, (0.1, q10, error), (0.2, q50, error), (0.4, 2, error), (0.9, past, error)));
        Assert.Equal(held, Held(conditions, "rises, S ="));
    }

    [Fact]
    public void AnIllPosedMinNorm_FailsTheWellPosedCondition()
    {
        var (conditions, _) = Judge(Path(double.NaN, Good));
        Assert.False(Held(conditions, "min-norm well-posed"));
    }
}

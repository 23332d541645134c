using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Tests.Claims;

/// <summary>A verdict separates the lower bound from tightness, and says where the paper is contradicted.</summary>
public sealed class VerdictPartsTests
{
    [Fact]
    public void Parts_AreReadOffTheirOwnConditions()
    {
        Assert.Equal(BoundResult.Holds, Verdict.BoundOf([new(Part.LowerBound, true, "a"), new(Part.Tightness, false, "b")]));
        Assert.Equal(BoundResult.Violated, Verdict.BoundOf([new(Part.LowerBound, false, "a"), new(Part.Tightness, true, "b")]));
        Assert.Equal(BoundResult.NotChecked, Verdict.BoundOf([Condition.Note("c")]));
        Assert.Equal(TightnessResult.NotAttained, Verdict.TightnessOf([new(Part.LowerBound, true, "a"), new(Part.Tightness, false, "b")]));
        Assert.Equal(TightnessResult.Attained, Verdict.TightnessOf([new(Part.Tightness, true, "b")]));
        Assert.Equal(TightnessResult.NotApplicable, Verdict.TightnessOf([new(Part.Sanity, false, "c")]));
    }

    [Fact]
    public void Condition_PrintsItsPart()
    {
        Assert.Equal("[ok] bound: x", new Condition(Part.LowerBound, true, "x").ToString());
        Assert.Equal("[VIOLATED] tightness: x", new Condition(Part.Tightness, false, "x").ToString());
        Assert.Equal("[ok] x", Condition.Note("x").ToString());
    }

    /// <summary>relu NTK in the width: the bound holds, tightness is refuted with a disagreement that cites Bombari et al.</summary>
    [Fact]
    public void WidthCheck_OnRelu_ReportsTheRefutation()
    {
        var regime = new Regime(ModelKind.NeuralTangent, D: 64, K: 4, N: 44, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: 11);
        var verdict = WidthCheck.Evaluate(regime);
        Assert.True(verdict.Passed, verdict.Message);
        Assert.Equal(BoundResult.Holds, verdict.LowerBound);
        Assert.Equal(TightnessResult.NotAttained, verdict.Tightness);
        Assert.NotNull(verdict.Disagreement);
        Assert.Contains("2302.01629", verdict.Disagreement!.Source);
        Assert.Contains("γ =", verdict.Disagreement.Measured);
    }

    [Fact]
    public void WidthCheck_OnAbs_IsTight_AndDroppedNoiseIsCaught()
    {
        var regime = new Regime(ModelKind.NeuralTangent, D: 64, K: 4, N: 44, Activation.Abs, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: 11);
        var verdict = WidthCheck.Evaluate(regime);
        Assert.True(verdict.Passed, verdict.Message);
        Assert.Equal(TightnessResult.Attained, verdict.Tightness);
        Assert.Null(verdict.Disagreement);
        Assert.False(WidthCheck.Evaluate(regime, Control.NoiseDroppedFromLabels).Passed);
    }
}

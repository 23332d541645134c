using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

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

    [Fact]
    public void Condition_RefusesAPartWithoutALabel() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Condition((Part)7, true, "x").ToString());

    /// <summary>A verdict passes only if every condition held; its ratio is S/bound; a check's own tightness result overrides the conditions'.</summary>
    [Fact]
    public void From_PassesOnlyWhenEveryConditionHeld()
    {
        var regime = new Regime(Model.RandomFeatures, D: 10, K: 30, N: 8, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 2);
        var band = new Band(0.5, 2, "o");
        Condition[] held = [new(Part.LowerBound, true, "a"), new(Part.Tightness, true, "b"), Condition.Note("c")];
        Condition[] oneFailed = [new(Part.LowerBound, true, "a"), new(Part.Tightness, true, "b"), new(Part.Sanity, false, "c")];
        var pass = Verdict.From(Claim.FiniteRandomFeatures, regime, Control.None, 3, 2, band, held, null, null, ("x", 1.5));
        Assert.True(pass.Passed);
        Assert.Equal(1.5, pass.Ratio);
        Assert.Equal(1.5, pass.Figures["x"]);
        Assert.Equal(BoundResult.Holds, pass.LowerBound);
        Assert.Equal(TightnessResult.Attained, pass.Tightness);
        Assert.Equal(["[ok] bound: a", "[ok] tightness: b", "[ok] c"], pass.Conditions);
        Assert.StartsWith("PASS claim II: ", pass.Message);
        var fail = Verdict.From(Claim.FiniteRandomFeatures, regime, Control.LargeRidge, 3, 2, band, oneFailed, TightnessResult.Unresolved,
            WidthCheck.NonEvenPlateau with { Measured = "m" });
        Assert.False(fail.Passed);
        Assert.Equal(TightnessResult.Unresolved, fail.Tightness);
        Assert.StartsWith("FAIL claim II under control LargeRidge: ", fail.Message);
        Assert.Contains("lower bound: Holds; tightness: Unresolved; disagrees with the paper: paper: the min-norm", fail.Message);
        Assert.Contains("; measured: m; explained by Bombari", fail.Message);
        Assert.EndsWith("\n  [VIOLATED] c", fail.Message);
        Assert.Contains("  S = 3, bound = 2, ratio = 1.5, band [0.5, 2] (o)\n", fail.Message);
    }

    /// <summary>relu NTK in the width: the bound holds, tightness is refuted with a disagreement that cites Bombari et al.</summary>
    [Fact]
    public void WidthCheck_OnRelu_ReportsTheRefutation()
    {
        var regime = new Regime(Model.NeuralTangent, D: 64, K: 4, N: 44, Activation.Relu, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: 11);
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
        var regime = new Regime(Model.NeuralTangent, D: 64, K: 4, N: 44, Activation.Abs, InputLaw.Sphere, Noise: 1, TestPoints: 500, Seed: 11);
        var verdict = WidthCheck.Evaluate(regime);
        Assert.True(verdict.Passed, verdict.Message);
        Assert.Equal(TightnessResult.Attained, verdict.Tightness);
        Assert.Null(verdict.Disagreement);
        Assert.False(WidthCheck.Evaluate(regime, Control.NoiseDroppedFromLabels).Passed);
    }
}

using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Sweeps;
using RobustMem.Tests.Curves;
using RobustMem.Verdicts;

namespace RobustMem.Tests.Verdicts;

/// <summary>
/// The curve verdicts of <c>reproduce</c> read the exponent of S/bound: a √n law holds and is attained, and the
/// negative controls (slope 0.25 in n, S flat in k for NTK) must not be reported as holding or attained.
/// </summary>
public sealed class ExponentVerdictsTests
{
    [Fact]
    public void SqrtN_Holds_AndIsAttained()
    {
        var curve = SyntheticCurves.Of(SyntheticCurves.RandomFeatureKernel, SyntheticCurves.KernelGrid, (n, _) => 0.7 * Math.Sqrt(n));
        var v = ExponentVerdicts.InN(Claim.InfiniteRandomFeatures, "test", curve);
        Assert.Equal((BoundResult.Holds, TightnessResult.Attained), (v.LowerBound, v.Tightness));
        Assert.Null(v.Disagreement);
        Assert.True(v.Pass, v.Evidence);
    }

    [Fact]
    public void MinNormsInflationNearTheThreshold_IsNotCountedAgainstTightness()
    {
        // RF relu, k = 200: S = c·√n·√(k/(k − n)), the fitted noise's inverse-Wishart inflation, up to n = k/2.
        var regime = new Regime(Model.RandomFeatures, 100, 200, 1, Activation.Relu);
        var curve = SyntheticCurves.Of(regime, SweepGrid.Log(10, 100, 6), (n, k) => 1.1 * Math.Sqrt(n) * Math.Sqrt(k / (k - n)));
        var v = ExponentVerdicts.InN(Claim.FiniteRandomFeatures, "test", curve);
        Assert.Equal((BoundResult.Holds, TightnessResult.Attained), (v.LowerBound, v.Tightness));
        Assert.Contains("S/√n ∝ n^e, e = +0.1", v.Evidence);
    }

    [Fact]
    public void SlopeThreeQuarters_IsNotAttained_EvenAfterTheInflationIsDividedOut()
    {
        var regime = new Regime(Model.RandomFeatures, 100, 200, 1, Activation.Relu);
        var curve = SyntheticCurves.Of(regime, SweepGrid.Log(10, 100, 6), (n, k) => Math.Pow(n, 0.75) * Math.Sqrt(k / (k - n)));
        var v = ExponentVerdicts.InN(Claim.FiniteRandomFeatures, "test", curve);
        Assert.Equal((BoundResult.Holds, TightnessResult.NotAttained), (v.LowerBound, v.Tightness));
    }

    [Fact]
    public void SlopeQuarter_IsViolated_AndNotAttained()
    {
        var curve = SyntheticCurves.Of(SyntheticCurves.RandomFeatureKernel, SyntheticCurves.KernelGrid, (n, _) => Math.Pow(n, 0.25));
        var v = ExponentVerdicts.InN(Claim.InfiniteRandomFeatures, "test", curve);
        Assert.Equal((BoundResult.Violated, TightnessResult.NotAttained), (v.LowerBound, v.Tightness));
        Assert.False(v.Pass, v.Evidence);
        Assert.Contains("a = +0.25", v.Disagreement!.Measured);
    }

    [Fact]
    public void SlopeQuarter_OnAShortNoisyWindow_IsUndetermined_NeverHolds()
    {
        // n = 10 … 20 with 20% scatter: the interval cannot tell 0.25 from 0.5, and the verdict must say so.
        var curve = SyntheticCurves.Of(SyntheticCurves.RandomFeatureKernel, [10, 12, 14, 17, 20], (n, _) => Math.Pow(n, 0.25), scatter: 0.2);
        var v = ExponentVerdicts.InN(Claim.InfiniteRandomFeatures, "test", curve);
        Assert.Equal((BoundResult.Undetermined, TightnessResult.Unresolved), (v.LowerBound, v.Tightness));
        Assert.Contains("window too short", v.TightnessNote);
        Assert.Null(v.Pass);
    }

    [Fact]
    public void NeuralTangentRelu_FlatInK_IsNotAttained_AndExplainedByBombari()
    {
        // A plateau in k once min-norm's inflation √(m/(m−n)), m = kd, is divided out: the tightness exponent reads it.
        var family = SyntheticCurves.Widths.Select(k => SyntheticCurves.Of(SyntheticCurves.NeuralTangent(Activation.Relu, k),
            SyntheticCurves.NeuralTangentGrid, (n, width) => 0.5 * Math.Sqrt(n) * Math.Sqrt(16 * width / (16 * width - n)))).ToArray();
        var v = ExponentVerdicts.InK(Claim.FiniteNeuralTangent, "test", family);
        Assert.Equal((BoundResult.Holds, TightnessResult.NotAttained), (v.LowerBound, v.Tightness));
        Assert.Equal(LaterResults.NeuralTangentNonEven, v.Disagreement!.Source);
        Assert.Equal("min-norm attains √(n/k) (abstract)", v.Disagreement.Statement);
        Assert.StartsWith("S ∝ k^γ, γ = 0.00 [", v.Disagreement.Measured.Replace("+0.00", "0.00").Replace("−0.00", "0.00"));
    }

    [Fact]
    public void NeuralTangentAbs_KToTheMinusHalf_IsAttained()
    {
        var family = SyntheticCurves.Widths.Select(k => SyntheticCurves.Of(SyntheticCurves.NeuralTangent(Activation.Abs, k),
            SyntheticCurves.NeuralTangentGrid, (n, width) => 1.1 * Math.Sqrt(n / width))).ToArray();
        var v = ExponentVerdicts.InK(Claim.FiniteNeuralTangent, "test", family);
        Assert.Equal((BoundResult.Holds, TightnessResult.Attained), (v.LowerBound, v.Tightness));
        Assert.Null(v.Disagreement);
    }

    [Fact]
    public void NeuralTangentAbs_FlatInK_IsNotAttained_WithNoLaterResultToExplainIt()
    {
        // Bombari et al. explain a plateau only for non-even activations: for abs it stays an unexplained disagreement.
        var family = SyntheticCurves.Widths.Select(k => SyntheticCurves.Of(SyntheticCurves.NeuralTangent(Activation.Abs, k),
            SyntheticCurves.NeuralTangentGrid, (n, _) => Math.Sqrt(n))).ToArray();
        var v = ExponentVerdicts.InK(Claim.FiniteNeuralTangent, "test", family);
        Assert.Equal(TightnessResult.NotAttained, v.Tightness);
        Assert.Equal(LaterResults.Unexplained, v.Disagreement!.Source);
    }

    [Fact]
    public void NeuralTangent_FallingFasterThanTheBound_InK_IsViolated()
    {
        var family = SyntheticCurves.Widths.Select(k => SyntheticCurves.Of(SyntheticCurves.NeuralTangent(Activation.Relu, k),
            SyntheticCurves.NeuralTangentGrid, (n, width) => Math.Sqrt(n) / width)).ToArray();
        Assert.Equal(BoundResult.Violated, ExponentVerdicts.InK(Claim.FiniteNeuralTangent, "test", family).LowerBound);
    }
}

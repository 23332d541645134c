using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.Frontier;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;

namespace RobustMem.Claims;

/// <summary>The seminorm matrix C of a finite model, exact or Monte Carlo, with its estimation error (THEORY.md §4).</summary>
/// <param name="C">C = E[J Jᵀ] of the correct model (always with the σ″ term, whatever the fitted gradient did).</param>
/// <param name="Exact">C is the closed form (RF relu/abs, rotation-invariant law).</param>
/// <param name="Points">Monte Carlo points M (0 when exact); M·d is at least <see cref="FrontierProbe.OversamplingOfM"/> × m.</param>
/// <param name="Halves">C from each half of the points, to estimate the error of a frontier value.</param>
internal sealed record SeminormMatrixEstimate(Matrix<double> C, bool Exact, int Points, (Matrix<double> A, Matrix<double> B)? Halves);

/// <summary>Builds C for the weights of a fitted finite experiment and frontiers over its data.</summary>
internal static class FrontierProbe
{
    /// <summary>M·d ≥ 40 m: each direction of C is seen through 40 Jacobian rows on average; S*'s relative error then stays below ~3% (calibration).</summary>
    public const int OversamplingOfM = 40;

    /// <summary>C for the fitted model's weights: exact when a closed form exists, else from M = ⌈40 m/d⌉ fresh points of its own stream.</summary>
    public static SeminormMatrixEstimate Matrix(FittedExperiment fitted, ILinearAlgebra? la = null)
    {
        la ??= Backend.Current;
        var regime = fitted.Regime;
        var features = fitted as FittedFeatureModel ?? throw new ArgumentException("the frontier needs a finite feature map; kernel models have none.", nameof(fitted));
        var map = features.Map;
        // The frontier is about the correct model class: rebuild the NTK map with its σ″ term even if the fit was a broken control.
        IFeatureMap correct = map is NeuralTangentMap ntk ? new NeuralTangentMap(ntk.Weights, ntk.Activation, la, includeCurvatureTerm: true) : map;
        if (correct is RandomFeatureMap && features.ExactSeminormMatrix is { } exact)
            return new SeminormMatrixEstimate(exact, true, 0, null);
        int m = correct.Dimension, d = correct.InputDimension;
        int half = (OversamplingOfM * m + 2 * d - 1) / (2 * d);
        // A stream no measurement uses: repeat 1_000_003 of the regime's seed.
        var rng = new RandomStreams(regime.Seed).ForRepeat(1_000_003).MonteCarlo;
        var a = SeminormMatrix.MonteCarlo(correct, InputSampler.Sample(regime.Law, half, d, rng), la);
        var b = SeminormMatrix.MonteCarlo(correct, InputSampler.Sample(regime.Law, half, d, rng), la);
        return new SeminormMatrixEstimate((a + b) / 2, false, 2 * half, (a, b));
    }

    /// <summary>The frontier of the fitted data under C, with the relative error of S* (0 for exact C): |S*_A − S*_B|/(2 S*) between the halves.</summary>
    public static (TradeoffFrontier Frontier, Func<TradeoffFrontier, double> Value, double RelativeError) Frontier(
        FittedExperiment fitted, SeminormMatrixEstimate c, Func<TradeoffFrontier, double> value, ILinearAlgebra? la = null)
    {
        var z = (fitted as FittedFeatureModel)?.Features ?? throw new ArgumentException("the frontier needs the feature matrix Z.", nameof(fitted));
        var y = fitted.Train.Y;
        var frontier = new TradeoffFrontier(z, c.C, y, la);
        double error = 0;
        if (c.Halves is { } h)
        {
            double a = value(new TradeoffFrontier(z, h.A, y, la)), b = value(new TradeoffFrontier(z, h.B, y, la)), v = value(frontier);
            // S* = 0 (the trivial model already reaches ε) has no relative error to speak of.
            error = v > 0 ? Math.Abs(a - b) / (2 * v) : 0;
        }
        return (frontier, value, error);
    }
}

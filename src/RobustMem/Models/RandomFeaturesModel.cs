using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;

namespace RobustMem.Models;

/// <summary>Finite random features f(x) = ⟨v, σ(Wx)⟩/√k with W (k×d) fixed at random: claim II.</summary>
public sealed class RandomFeaturesModel : FeatureModel
{
    public override string Name => "rf";
    public override bool HasWidth => true;
    public override Claim Claim => Claim.FiniteRandomFeatures;
    public override Model InfiniteWidthLimit => RandomFeatureKernel;

    public override long FeatureDimension(Regime regime) => regime.K;
    public override double EvaluationWidth(Regime regime) => regime.K;
    public override double WeightEntries(Regime regime) => (double)regime.K * regime.D;

    /// <summary>k²·d for the closed-form C of THEORY.md §1, counted whether or not the activation and law have it.</summary>
    public override double ExtraWork(Regime regime) => (double)regime.K * regime.K * regime.D;

    public override void Validate(Regime regime) => Preconditions.CheckRange(regime.K, 1, 10_000_000, "k");

    /// <summary>n = k; and n = d too for erf and tanh (THEORY.md §2, claim M).</summary>
    /// <remarks>Their pre-activations are O(1/√d), so the features are nearly linear with a rank-d dominant block.</remarks>
    public override IReadOnlyList<int> InterpolationThresholds(Regime regime) =>
        regime.Sigma == Activation.Erf || regime.Sigma == Activation.Tanh
            ? regime.D < regime.K ? [regime.D, regime.K] : [regime.K]
            : [regime.K];

    public override (double K0, double K1, double K2, double KOne) KernelTaylor(Activation sigma, int d) => LeadingOrder.RandomFeatureTaylor(sigma, d);

    public override (IFeatureMap Map, Matrix<double>? Weights) Map(Regime regime, RandomStreams streams, FitParts parts, ILinearAlgebra la)
    {
        var weights = parts.Weights(regime, streams);
        return (new RandomFeatureMap(weights, regime.Sigma, la), weights);
    }

    public override Matrix<double>? ExactSeminormMatrix(IFeatureMap map, Regime regime, ILinearAlgebra la) =>
        map is RandomFeatureMap rf && SeminormMatrix.HasExactForm(rf, regime.Law) ? SeminormMatrix.ExactRandomFeature(rf, la) : null;
}

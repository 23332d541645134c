using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;

namespace RobustMem.Models;

/// <summary>A finite model f_v(x) = ⟨v, Φ(x)⟩: build the feature map, then the min-norm (or ridge) fit on Z = Φ(X).</summary>
public abstract class FeatureModel : Model
{
    public sealed override bool IsKernel => false;

    /// <summary>The feature map, with the random weights it was built from (null when it draws none).</summary>
    /// <remarks>Called after the training set is drawn: weights come from their own stream, so the order does not move any draw.</remarks>
    public abstract (IFeatureMap Map, Matrix<double>? Weights) Map(Regime regime, RandomStreams streams, FitParts parts, ILinearAlgebra la);

    /// <summary>C in closed form (THEORY.md §1) when this model has one for the map and law, else null: S is then Monte Carlo only.</summary>
    public virtual Matrix<double>? ExactSeminormMatrix(IFeatureMap map, Regime regime, ILinearAlgebra la) => null;

    /// <summary>Whether the min-norm fit has a dual α = (ZZᵀ)⁻¹y to stream through: a feature rank above the training points.</summary>
    /// <remarks>The rank, not the dimension: quadratic NTK features span fewer than kd directions (<c>NeuralTangentModel.FeatureRank</c>), and
    /// between that rank and kd the Gram is singular, where measure's SVD still gives the least-squares S.</remarks>
    protected bool HasDual(Regime regime) => FeatureRank(regime) > regime.N;

    /// <summary>The rank of the feature map: its dimension unless the model knows better.</summary>
    protected virtual long FeatureRank(Regime regime) => regime.FeatureDimension;

    public override FittedExperiment Fit(Regime regime, RandomStreams streams, Dataset train, FitParts parts, ILinearAlgebra la)
    {
        var (map, weights) = Map(regime, streams, parts, la);
        return FitDense(regime, streams, train, map, weights, la);
    }

    /// <summary>The dense route: Z = Φ(X), n×m, and <see cref="MinNormInterpolator"/>'s Gram/QR/SVD ladder on it.</summary>
    internal FittedFeatureModel FitDense(Regime regime, RandomStreams streams, Dataset train, IFeatureMap map, Matrix<double>? weights, ILinearAlgebra la)
    {
        var z = map.Features(train.X);
        var fit = new MinNormInterpolator(regime.Ridge, la).Fit(z, train.Y);
        return new FittedFeatureModel(regime, streams, train, map, z, fit, () => ExactSeminormMatrix(map, regime, la)) { Weights = weights };
    }
}

using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;

namespace RobustMem.Experiments;

/// <summary>
/// A finite RF fit held as its dual (<see cref="StreamingInterpolant"/>): neither Z (n×k) nor W (k×d) is stored, and f and
/// ∇f draw W again block by block with θ = Zᵀα kept (k doubles). The route of <c>RandomFeaturesModel.Fit</c> when k ≫ n
/// and the dense matrices would not fit in memory.
/// </summary>
/// <remarks>No closed-form C: it is k×k (k²·d work), more than the whole route holds; S is Monte Carlo only.</remarks>
internal sealed class FittedStreamedFeatures : FittedExperiment
{
    internal FittedStreamedFeatures(Regime regime, RandomStreams streams, Dataset train, StreamingInterpolant interpolant, FitReport report)
        : base(regime, streams, train, report, interpolant.Gram * interpolant.Dual)
    {
        Interpolant = interpolant;
    }

    public StreamingInterpolant Interpolant { get; }

    public override Vector<double> Predict(Matrix<double> x) => Interpolant.PredictWithKeptCoefficients(x);

    public override Matrix<double> Gradients(Matrix<double> x) => Interpolant.GradientsWithKeptCoefficients(x);

    public override double? ExactSeminorm => null;

    public override Matrix<double> TrainGram(ILinearAlgebra la) => Interpolant.Gram;
}

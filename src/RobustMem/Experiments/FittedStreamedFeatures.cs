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
    private readonly Vector<double>? _sensitivityPoint;
    private readonly Vector<double>? _sensitivityGradient;

    /// <param name="regime">The regime fitted.</param>
    /// <param name="streams">The fit's streams.</param>
    /// <param name="train">The training set.</param>
    /// <param name="interpolant">The dual fit.</param>
    /// <param name="report">The fit's certification.</param>
    /// <param name="sensitivityPoint">x₀, whose gradient the Gram's pass already gave (Mα), or null.</param>
    /// <param name="slopeMapTransposed">Mᵀ of <see cref="StreamingRandomFeatures"/>' one pass at x₀ (n×d), or null.</param>
    internal FittedStreamedFeatures(Regime regime, RandomStreams streams, Dataset train, StreamingInterpolant interpolant, FitReport report,
        Vector<double>? sensitivityPoint = null, Matrix<double>? slopeMapTransposed = null)
        : base(regime, streams, train, report, interpolant.Gram * interpolant.Dual)
    {
        Interpolant = interpolant;
        if (sensitivityPoint is not null && slopeMapTransposed is not null)
        {
            _sensitivityPoint = sensitivityPoint;
            _sensitivityGradient = slopeMapTransposed.TransposeThisAndMultiply(interpolant.Dual);
        }
    }

    public StreamingInterpolant Interpolant { get; }

    public override Vector<double> Predict(Matrix<double> x) => Interpolant.PredictWithKeptCoefficients(x);

    /// <summary>∇f at each row; at x₀ alone (the sensitivity's one point) from the Gram's pass, without drawing W again.</summary>
    public override Matrix<double> Gradients(Matrix<double> x) =>
        _sensitivityGradient is { } g && x.RowCount == 1 && x.Row(0).Equals(_sensitivityPoint)
            ? Matrix<double>.Build.DenseOfRowVectors(g)
            : Interpolant.GradientsWithKeptCoefficients(x);

    public override double? ExactSeminorm => null;

    public override Matrix<double> TrainGram(ILinearAlgebra la) => Interpolant.Gram;
}

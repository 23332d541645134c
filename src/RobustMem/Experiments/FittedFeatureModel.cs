using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;

namespace RobustMem.Experiments;

/// <summary>A fitted finite model: its feature map, the training features Z and the min-norm (or ridge) coefficients v.</summary>
public sealed class FittedFeatureModel : FittedExperiment
{
    private readonly Lazy<Matrix<double>?> _exactSeminormMatrix;

    /// <remarks><c>exactSeminormMatrix</c> builds the closed-form C, or returns null; it is called at most once.</remarks>
    public FittedFeatureModel(Regime regime, RandomStreams streams, Dataset train, IFeatureMap map, Matrix<double> features,
        LinearFit linear, Func<Matrix<double>?> exactSeminormMatrix)
        : base(regime, streams, train, linear.Report, features * linear.Coefficients)
    {
        Map = map;
        Features = features;
        Linear = linear;
        // Built at most once per fit: the measurement's exact S and the frontier S*(0) both need it, and at k = 1000 it is k² angles.
        _exactSeminormMatrix = new Lazy<Matrix<double>?>(exactSeminormMatrix);
    }

    /// <summary>The first-layer weights W (k×d), or null for a model that draws none.</summary>
    public Matrix<double>? Weights { get; init; }

    public IFeatureMap Map { get; }

    /// <summary>The training feature matrix Z.</summary>
    public Matrix<double> Features { get; }

    public LinearFit Linear { get; }

    /// <summary>The closed-form C of THEORY.md §1 (RF relu/abs on a rotation-invariant law), else null.</summary>
    public Matrix<double>? ExactSeminormMatrix => _exactSeminormMatrix.Value;

    public override Vector<double> Predict(Matrix<double> x) => Map.Features(x) * Linear.Coefficients;

    public override Matrix<double> Gradients(Matrix<double> x) => Map.Gradients(x, Linear.Coefficients);

    public override double? ExactSeminorm =>
        ExactSeminormMatrix is { } c ? SobolevSeminorm.Exact(c, Linear.Coefficients).Value : null;

    public override TwoLayerNetwork? Network => Map.AsNetwork(Linear.Coefficients);

    public override Matrix<double> TrainGram(ILinearAlgebra la) => la.OuterGram(Features);
}

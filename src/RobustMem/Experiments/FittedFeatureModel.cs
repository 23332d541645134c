using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;

namespace RobustMem.Experiments;

/// <summary>A fitted finite model: its feature map, the training features Z and the min-norm (or ridge) coefficients v.</summary>
internal sealed class FittedFeatureModel : FittedExperiment
{
    private readonly Lazy<Matrix<double>?> _exactSeminormMatrix;
    private readonly Lazy<Matrix<double>> _features;
    private readonly Matrix<double>? _trainGram;
    private readonly Func<Matrix<double>, Vector<double>>? _predict;
    private readonly Func<Matrix<double>, Matrix<double>>? _gradients;

    /// <remarks><c>exactSeminormMatrix</c> builds the closed-form C, or returns null; it is called at most once.</remarks>
    public FittedFeatureModel(Regime regime, RandomStreams streams, Dataset train, IFeatureMap map, Matrix<double> features,
        LinearFit linear, Func<Matrix<double>?> exactSeminormMatrix)
        : base(regime, streams, train, linear.Report, features * linear.Coefficients)
    {
        Map = map;
        _features = new Lazy<Matrix<double>>(() => features);
        Linear = linear;
        // Built at most once per fit: the measurement's exact S and the frontier S*(0) both need it, and at k = 1000 it is k² angles.
        _exactSeminormMatrix = new Lazy<Matrix<double>?>(exactSeminormMatrix);
    }

    /// <summary>A fit made without Z (a dual route, e.g. the finite NTK's (SSᵀ) ∘ (XXᵀ)): its train predictions and Gram come
    /// from the route, f and ∇f from <paramref name="predict"/> and <paramref name="gradients"/> (O(kd) a point, no row of Z),
    /// and Z is built only if a caller asks for it (the frontier), at the dense route's cost.</summary>
    internal FittedFeatureModel(Regime regime, RandomStreams streams, Dataset train, IFeatureMap map, LinearFit linear,
        Vector<double> trainPredictions, Matrix<double> trainGram, Func<Matrix<double>> features,
        Func<Matrix<double>, Vector<double>> predict, Func<Matrix<double>, Matrix<double>> gradients, Func<Matrix<double>?> exactSeminormMatrix)
        : base(regime, streams, train, linear.Report, trainPredictions)
    {
        Map = map;
        _features = new Lazy<Matrix<double>>(features);
        _trainGram = trainGram;
        _predict = predict;
        _gradients = gradients;
        Linear = linear;
        _exactSeminormMatrix = new Lazy<Matrix<double>?>(exactSeminormMatrix);
    }

    /// <summary>The first-layer weights W (k×d), or null for a model that draws none.</summary>
    public Matrix<double>? Weights { get; init; }

    public IFeatureMap Map { get; }

    /// <summary>The training feature matrix Z (built on first use by a fit that did not need it).</summary>
    public Matrix<double> Features => _features.Value;

    public LinearFit Linear { get; }

    /// <summary>The closed-form C of THEORY.md §1 (RF relu/abs on a rotation-invariant law), else null.</summary>
    public Matrix<double>? ExactSeminormMatrix => _exactSeminormMatrix.Value;

    public override Vector<double> Predict(Matrix<double> x) => _predict?.Invoke(x) ?? Map.Features(x) * Linear.Coefficients;

    public override Matrix<double> Gradients(Matrix<double> x) => _gradients?.Invoke(x) ?? Map.Gradients(x, Linear.Coefficients);

    public override double? ExactSeminorm =>
        ExactSeminormMatrix is { } c ? SobolevSeminorm.Exact(c, Linear.Coefficients).Value : null;

    public override TwoLayerNetwork? Network => Map.AsNetwork(Linear.Coefficients);

    public override Matrix<double> TrainGram(ILinearAlgebra la) => _trainGram ?? la.OuterGram(Features);
}

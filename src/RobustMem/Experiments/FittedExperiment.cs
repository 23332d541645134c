using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Kernels;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;

namespace RobustMem.Experiments;

/// <summary>Everything one run of a regime drew and fitted, for callers that need more than the <see cref="Measurement"/>.</summary>
public sealed class FittedExperiment
{
    internal FittedExperiment(Regime regime, RandomStreams streams, Dataset train, IFeatureMap? map, Matrix<double>? features,
        LinearFit? linear, IKernel? kernel, KernelFit? dual, Func<Matrix<double>, Vector<double>> predict,
        Func<Matrix<double>, Matrix<double>> gradients, FitReport report, Vector<double> trainPredictions, ILinearAlgebra la)
    {
        TrainPredictions = trainPredictions;
        // Built at most once per fit: the measurement's exact S and the frontier S*(0) both need it, and at k = 1000 it is k² angles.
        _exactSeminormMatrix = new Lazy<Matrix<double>?>(() =>
            map is RandomFeatureMap rf && SeminormMatrix.HasExactForm(rf, regime.Law) ? SeminormMatrix.ExactRandomFeature(rf, la) : null);
        Regime = regime;
        Streams = streams;
        Train = train;
        Map = map;
        Features = features;
        Linear = linear;
        Kernel = kernel;
        Dual = dual;
        Predict = predict;
        Gradients = gradients;
        Report = report;
    }

    public Regime Regime { get; }

    /// <summary>The first-layer weights W (k×d) of a finite model, null for a kernel model; set once by <see cref="Experiment.Fit"/>.</summary>
    public Matrix<double>? Weights { get; internal init; }
    public RandomStreams Streams { get; }
    public Dataset Train { get; }

    /// <summary>The finite feature map, or null for a kernel model.</summary>
    public IFeatureMap? Map { get; }

    /// <summary>The training feature matrix Z, or null for a kernel model.</summary>
    public Matrix<double>? Features { get; }

    public LinearFit? Linear { get; }
    public IKernel? Kernel { get; }
    public KernelFit? Dual { get; }

    /// <summary>f at each row.</summary>
    public Func<Matrix<double>, Vector<double>> Predict { get; }

    /// <summary>∇f at each row.</summary>
    public Func<Matrix<double>, Matrix<double>> Gradients { get; }

    public FitReport Report { get; }

    /// <summary>f at the training inputs, computed once from the fit's own Z (or K) rather than by <see cref="Predict"/> again.</summary>
    public Vector<double> TrainPredictions { get; }

    private readonly Lazy<Matrix<double>?> _exactSeminormMatrix;

    /// <summary>The closed-form C of THEORY.md §1 (RF relu/abs on a rotation-invariant law), else null.</summary>
    public Matrix<double>? ExactSeminormMatrix => _exactSeminormMatrix.Value;
}

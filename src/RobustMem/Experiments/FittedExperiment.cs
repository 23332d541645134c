using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Kernels;

namespace RobustMem.Experiments;

/// <summary>Everything one run of a regime drew and fitted, for callers that need more than the <see cref="Measurement"/>.</summary>
public sealed class FittedExperiment
{
    internal FittedExperiment(Regime regime, RandomStreams streams, Dataset train, IFeatureMap? map, Matrix<double>? features,
        LinearFit? linear, IKernel? kernel, KernelFit? dual, Func<Matrix<double>, Vector<double>> predict,
        Func<Matrix<double>, Matrix<double>> gradients, FitReport report)
    {
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
}

using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Fit;
using RobustMem.Kernels;
using RobustMem.LinearAlgebra;

namespace RobustMem.Experiments;

/// <summary>A fitted kernel model: f(x) = K(x, X)α with the dual coefficients α.</summary>
internal sealed class FittedKernelModel : FittedExperiment
{
    public FittedKernelModel(Regime regime, RandomStreams streams, Dataset train, IKernel kernel, KernelFit dual, Vector<double> trainPredictions)
        : base(regime, streams, train, dual.Report, trainPredictions)
    {
        Kernel = kernel;
        Dual = dual;
    }

    public IKernel Kernel { get; }
    public KernelFit Dual { get; }

    public override Vector<double> Predict(Matrix<double> x) => Kernel.Gram(x, Train.X) * Dual.Alpha;

    public override Matrix<double> Gradients(Matrix<double> x) => Kernel.Gradients(Train.X, Dual.Alpha, x);

    /// <summary>None: no closed form of C for a kernel interpolator here, S is Monte Carlo.</summary>
    public override double? ExactSeminorm => null;

    public override Matrix<double> TrainGram(ILinearAlgebra la) => Kernel.Gram(Train.X, Train.X);
}

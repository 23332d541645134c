using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;

namespace RobustMem.Experiments;

/// <summary>Everything one run of a regime drew and fitted, for callers that need more than the <see cref="Measurement"/>.</summary>
/// <remarks>
/// Two kinds: <see cref="FittedFeatureModel"/> (a feature map and its min-norm coefficients) and <see cref="FittedKernelModel"/>
/// (a kernel and its dual coefficients). What every fit answers is here; what only one kind has is on that kind.
/// </remarks>
public abstract class FittedExperiment
{
    protected FittedExperiment(Regime regime, RandomStreams streams, Dataset train, FitReport report, Vector<double> trainPredictions)
    {
        Regime = regime;
        Streams = streams;
        Train = train;
        Report = report;
        TrainPredictions = trainPredictions;
    }

    public Regime Regime { get; }
    public RandomStreams Streams { get; }
    public Dataset Train { get; }
    public FitReport Report { get; }

    /// <summary>f at the training inputs, computed once from the fit's own Z (or K) rather than by <see cref="Predict"/> again.</summary>
    public Vector<double> TrainPredictions { get; }

    /// <summary>f at each row.</summary>
    public abstract Vector<double> Predict(Matrix<double> x);

    /// <summary>∇f at each row.</summary>
    public abstract Matrix<double> Gradients(Matrix<double> x);

    /// <summary>S(f) from the closed-form C of THEORY.md §1 where the model has one, else null (Monte Carlo only).</summary>
    public abstract double? ExactSeminorm { get; }

    /// <summary>The fitted model as a two-layer network aᵀψ(Wx), scales folded into a, where it is one (random features); else null.</summary>
    public virtual Features.TwoLayerNetwork? Network => null;

    /// <summary>The training Gram matrix, ZZᵀ or K(X, X), whose spectrum a ridge is measured against.</summary>
    public abstract Matrix<double> TrainGram(ILinearAlgebra la);
}

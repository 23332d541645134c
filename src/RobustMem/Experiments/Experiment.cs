using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Kernels;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;

namespace RobustMem.Experiments;

/// <summary>Runs a regime: draw data and weights, fit, then measure the seminorm and the errors.</summary>
public static class Experiment
{
    /// <summary>
    /// Draws and fits the regime's model; the r-th repeat uses independent streams. <c>parts</c> says how data and weights
    /// are drawn (<see cref="FitParts.Standard"/> when null).
    /// </summary>
    public static FittedExperiment Fit(Regime regime, int repeat = 0, ILinearAlgebra? la = null, FitParts? parts = null)
    {
        regime.Validate();
        la ??= Backend.Current;
        parts ??= FitParts.Standard;
        var streams = new RandomStreams(regime.Seed).ForRepeat(repeat);
        var train = parts.Data(regime, streams);
        if (regime.Model.IsKernel())
        {
            IKernel kernel = regime.Model == ModelKind.RandomFeatureKernel
                ? new RandomFeatureKernel(regime.Sigma, regime.D, la)
                : new NeuralTangentKernel(regime.Sigma, regime.D, la);
            var gram = kernel.Gram(train.X, train.X);
            var dual = new KernelInterpolator(regime.Ridge, la).Fit(gram, train.Y);
            return new FittedExperiment(regime, streams, train, null, null, null, kernel, dual,
                x => kernel.Gram(x, train.X) * dual.Alpha,
                x => kernel.Gradients(train.X, dual.Alpha, x),
                dual.Report, gram * dual.Alpha, la);
        }
        var weights = parts.Weights(regime, streams);
        IFeatureMap map = regime.Model == ModelKind.RandomFeatures
            ? new RandomFeatureMap(weights, regime.Sigma, la)
            : new NeuralTangentMap(weights, regime.Sigma, la, parts.CurvatureTerm);
        var z = map.Features(train.X);
        var fit = new MinNormInterpolator(regime.Ridge, la).Fit(z, train.Y);
        return new FittedExperiment(regime, streams, train, map, z, fit, null, null,
            x => map.Features(x) * fit.Coefficients,
            x => map.Gradients(x, fit.Coefficients),
            fit.Report, z * fit.Coefficients, la) { Weights = weights };
    }

    /// <summary>Fits the regime and measures S (Monte Carlo, and exact where a closed form exists), train and test error.</summary>
    public static Measurement Run(Regime regime, int repeat = 0, ILinearAlgebra? la = null)
    {
        la ??= Backend.Current;
        var fitted = Fit(regime, repeat, la);
        return Measure(fitted, la.Name) with { Repeat = repeat };
    }

    /// <summary>The measurement of an already fitted experiment.</summary>
    public static Measurement Measure(FittedExperiment fitted, string backend)
    {
        var regime = fitted.Regime;
        var streams = fitted.Streams;
        var train = fitted.Train;
        double trainError = MeanSquaredError(fitted.TrainPredictions, train.Y);
        var test = train.Fresh(regime.Law, regime.TestPoints, streams.TestInputs, streams.TestNoise);
        double testError = MeanSquaredError(fitted.Predict(test.X), test.Y);
        var mcPoints = InputSampler.Sample(regime.Law, regime.TestPoints, regime.D, streams.MonteCarlo);
        var mc = SobolevSeminorm.MonteCarlo(fitted.Gradients(mcPoints));
        double? exact = null;
        if (fitted.ExactSeminormMatrix is { } c && fitted.Linear is { } linear)
            exact = SobolevSeminorm.Exact(c, linear.Coefficients).Value;
        var report = fitted.Report;
        // THEORY.md §1: past the threshold, figures that hang on singular values near round-off are not numbers.
        bool ill = report.IllPosed;
        return new Measurement(regime, 0,
            ill ? double.NaN : mc.Value,
            ill ? double.NaN : mc.StandardError,
            ill ? null : exact,
            trainError, ill ? double.NaN : testError, report.Rank, report.Interpolates, ill, backend);
    }

    private static double MeanSquaredError(Vector<double> predicted, Vector<double> y) => (predicted - y).DotProduct(predicted - y) / y.Count;
}

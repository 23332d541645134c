using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
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
        return FitValidated(regime, repeat, la, parts);
    }

    private static FittedExperiment FitValidated(Regime regime, int repeat, ILinearAlgebra? la, FitParts? parts)
    {
        la ??= Backend.Current;
        parts ??= FitParts.Standard;
        var streams = new RandomStreams(regime.Seed).ForRepeat(repeat);
        var train = parts.Data(regime, streams);
        return regime.Model.Fit(regime, streams, train, parts, la);
    }

    /// <summary>Fits the regime and measures S (Monte Carlo, and exact where a closed form exists), train and test error.</summary>
    public static Measurement Run(Regime regime, int repeat = 0, ILinearAlgebra? la = null) => Run(regime, MeasureFields.All, repeat, la);

    /// <summary>Fits the regime and measures the asked <paramref name="fields"/> only; the others are null (NaN for S).</summary>
    /// <remarks>Checked for the asked fields (<see cref="Regime.ValidateFor"/>): the memory limit always, the time limit
    /// unless <paramref name="allowLong"/> (measure's override, after its own guard).</remarks>
    public static Measurement Run(Regime regime, MeasureFields fields, int repeat = 0, ILinearAlgebra? la = null, bool allowLong = false)
    {
        la ??= Backend.Current;
        regime.ValidateFor(fields, allowLong);
        var fitted = FitValidated(regime, repeat, la, null);
        return Measure(fitted, la.Name, fields) with { Repeat = repeat };
    }

    /// <summary>The measurement of an already fitted experiment.</summary>
    /// <param name="fitted">The fit to measure.</param>
    /// <param name="backend">The linear-algebra backend's name, for the output.</param>
    /// <param name="laterLaws">Also measure the sensitivity and the Lipschitz estimate (issue 13). <c>measure</c> does;
    /// sweeps and claim checks do not: the estimate's ascent costs a few hundred gradient calls per fit. With it in every
    /// fit, a fresh-clone CI run spent 10 min 14 s in the unit tests (loaded box); without it they take 1 min 35 s.</param>
    public static Measurement Measure(FittedExperiment fitted, string backend, bool laterLaws = false) =>
        Measure(fitted, backend, laterLaws ? MeasureFields.All : MeasureFields.Paper);

    /// <summary>The measurement of an already fitted experiment, computing only <paramref name="fields"/>.</summary>
    /// <remarks>Every stream is drawn whether or not its figure is asked for, in the same order, so a figure is the same number
    /// with or without the others.</remarks>
    public static Measurement Measure(FittedExperiment fitted, string backend, MeasureFields fields)
    {
        var regime = fitted.Regime;
        var streams = fitted.Streams;
        var train = fitted.Train;
        double trainError = MeanSquaredError(fitted.TrainPredictions, train.Y);
        var test = train.Fresh(regime.Law, regime.TestPoints, streams.TestInputs, streams.TestNoise);
        double testError = fields.HasFlag(MeasureFields.TestError) ? MeanSquaredError(fitted.Predict(test.X), test.Y) : double.NaN;
        var mcPoints = InputSampler.Sample(regime.Law, regime.TestPoints, regime.D, streams.MonteCarlo);
        var mc = fields.HasFlag(MeasureFields.Sobolev) ? SobolevSeminorm.MonteCarlo(fitted.Gradients(mcPoints)) : null;
        double? exact = fields.HasFlag(MeasureFields.SobolevExact) ? fitted.ExactSeminorm : null;
        var report = fitted.Report;
        // THEORY.md §1: past the threshold, figures that hang on singular values near round-off are not numbers.
        bool ill = report.IllPosed;
        // The sharper laws' figures (issue 13): x₀ from its own stream, so that no earlier figure moves.
        double? sensitivity = null, lipschitz = null;
        if (!ill && (fields & (MeasureFields.Sensitivity | MeasureFields.LipschitzLower)) != 0)
        {
            var x0 = InputSampler.Sample(regime.Law, 1, regime.D, streams.SensitivityPoint).Row(0);
            if (fields.HasFlag(MeasureFields.Sensitivity)) sensitivity = Sensitivity.At(fitted.Gradients, x0);
            if (fields.HasFlag(MeasureFields.LipschitzLower)) lipschitz = LipschitzLowerBound.Estimate(fitted.Gradients, mcPoints, x0.L2Norm()).Value;
        }
        double? parameters = regime.Model.IsKernel ? null : regime.Model.ParameterCount(regime);
        return new Measurement(regime, 0,
            ill || mc is null ? double.NaN : mc.Value,
            ill || mc is null ? double.NaN : mc.StandardError,
            ill ? null : exact,
            trainError, ill ? double.NaN : testError, report.Rank, report.Interpolates, ill, backend)
        {
            Sensitivity = sensitivity,
            LipschitzLower = lipschitz,
            Parameters = parameters,
            UniversalBound = parameters is { } p ? Math.Sqrt((double)regime.N * regime.D / p) : null,
        };
    }

    /// <summary>
    /// The later laws' figures of a fit: ‖∇f(x₀)‖ at one fresh point x₀ of the law (its own stream, so no other figure
    /// moves), and the Lipschitz estimate over <paramref name="points"/> raised on the sphere ‖x‖ = ‖x₀‖.
    /// </summary>
    public static (double Sensitivity, double LipschitzLower) SensitivityAndLipschitz(FittedExperiment fitted, Matrix<double> points)
    {
        var x0 = SensitivityPoint(fitted);
        return (Sensitivity.At(fitted.Gradients, x0), LipschitzLowerBound.Estimate(fitted.Gradients, points, x0.L2Norm()).Value);
    }

    /// <summary>The sensitivity ‖∇f(x₀)‖ alone, at the same x₀: without the Lipschitz ascent's few hundred gradient calls.</summary>
    public static double SensitivityOf(FittedExperiment fitted) => Sensitivity.At(fitted.Gradients, SensitivityPoint(fitted));

    // x₀: one fresh point of the law from its own stream (each access of a stream starts it afresh, so x₀ is the same point).
    private static Vector<double> SensitivityPoint(FittedExperiment fitted) => SensitivityPoint(fitted.Regime, fitted.Streams);

    /// <summary>x₀ of <paramref name="regime"/>'s repeat <paramref name="streams"/>: the point measure's sensitivity and the figures' probe share.</summary>
    internal static Vector<double> SensitivityPoint(Regime regime, RandomStreams streams) =>
        InputSampler.Sample(regime.Law, 1, regime.D, streams.SensitivityPoint).Row(0);

    /// <summary>The same, over the fit's own Monte Carlo points (the ones <see cref="Measure(FittedExperiment, string, MeasureFields)"/> estimates S on).</summary>
    public static (double Sensitivity, double LipschitzLower) SensitivityAndLipschitz(FittedExperiment fitted) =>
        SensitivityAndLipschitz(fitted, InputSampler.Sample(fitted.Regime.Law, fitted.Regime.TestPoints, fitted.Regime.D, fitted.Streams.MonteCarlo));

    private static double MeanSquaredError(Vector<double> predicted, Vector<double> y) => (predicted - y).DotProduct(predicted - y) / y.Count;
}

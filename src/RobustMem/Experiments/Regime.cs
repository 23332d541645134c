using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;

namespace RobustMem.Experiments;

/// <summary>One point of the paper's experimental grid: model, activation, law, sizes, noise, ridge and seed.</summary>
/// <remarks>
/// Defaults are the paper's: sphere, relu, noise σ = 1, 500 Monte Carlo points, weight rows N(0, I/d)
/// (<paramref name="WeightsSd"/> null is 1/√d), labels ⟨w*, x⟩ + σξ. The sharper laws' setting (Bombari, Kiyani &amp;
/// Mondelli 2023) is <paramref name="WeightsSd"/> 1 and <paramref name="Target"/> none on the gaussian law (THEORY.md §5.1);
/// their real-data setting is a file's law (<see cref="Data.Files.FileLaw"/>) with <paramref name="Target"/> classes and
/// noise 0 (THEORY.md §5.3).
/// </remarks>
public sealed record Regime(
    Model Model,
    int D,
    int K,
    int N,
    Activation? Activation = null,
    InputLaw? Law = null,
    double Noise = 1,
    double Ridge = 0,
    int TestPoints = 500,
    int Seed = 0,
    double? WeightsSd = null,
    LabelTarget Target = LabelTarget.Linear)
{
    /// <summary>Largest feature matrix we agree to build, in doubles: 2^28 (2 GiB), a quarter of nothing-else-running memory here.</summary>
    public const long MaxMatrixEntries = 1L << 28;

    /// <summary>Most work we agree to do, in multiply-adds (<see cref="EstimatedWork"/>): 5·10¹⁰.</summary>
    /// <remarks>
    /// Calibrated with <c>robustmem measure</c> on the shared 2-core box: rf d = 300, n = k = 1000 (2·10⁹) took 7 s and
    /// n = k = 2000 (1.1·10¹⁰) took 30 s, about 4·10⁸ per second, so the limit is two to three minutes here. The
    /// largest regime of <c>reproduce --full</c> (NTK quadratic, n = 2440, m = 2000) is about 10¹⁰.
    /// </remarks>
    public const double MaxWork = 5e10;

    /// <summary>Most work a streamed route (the sharper laws' probe on NTK) may do, in its own multiply-adds: <see cref="MaxSeconds"/>
    /// at <see cref="StreamedRate"/>.</summary>
    public static double MaxStreamedWork => MaxSeconds * StreamedRate;

    /// <summary>The longest a run may be estimated to take without <c>measure --allow-long</c>: 150 s, two to three minutes.
    /// The dense route's limit is the larger of this and <see cref="MaxWork"/>.</summary>
    public const double MaxSeconds = 150;

    /// <summary>Multiply-adds per second of the dense route's factorization term and per-point overheads on this machine
    /// (<see cref="MachineRates.DenseRate"/>: what a default measure at n = k = 1000 leaves after its products and points).</summary>
    public static double DenseRate => MachineRates.Current.DenseRate;

    /// <summary>Multiply-adds per second of the products (dgemm at the streamed block's shape) on this machine (<see cref="MachineRates.StreamedRate"/>).</summary>
    public static double StreamedRate => MachineRates.Current.StreamedRate;

    /// <summary>Work per point drawn, featurized and differentiated, beyond its k·d products, in multiply-adds at
    /// <see cref="DenseRate"/>: the measured seconds per point (<see cref="MachineRates.PointsPerSecond"/>) at that rate.</summary>
    /// <remarks>Sampling, element-wise activations and copies cost microseconds a point; without this term ten million test
    /// points passed as cheap.</remarks>
    public static double PerPointWork => DenseRate / MachineRates.Current.PointsPerSecond;

    /// <summary>Work of drawing one Gaussian entry of W, in multiply-adds at <see cref="StreamedRate"/> (<see cref="MachineRates.DrawsPerSecond"/>).</summary>
    /// <remarks>A pass at k = 2·10⁵, d = 1000 draws 2·10⁸ of them.</remarks>
    public static double PerDrawWork => StreamedRate / MachineRates.Current.DrawsPerSecond;

    /// <summary>Work of one σ or σ′ of an N×k entry on the streamed routes, in multiply-adds at <see cref="StreamedRate"/>
    /// (<see cref="MachineRates.ActivationsPerSecond"/>, tanh).</summary>
    public static double PerActivationWork => StreamedRate / MachineRates.Current.ActivationsPerSecond;

    public Activation Sigma => Activation ?? Activations.Activation.Relu;

    /// <summary>The input law; the sphere when none is given (a class instance cannot be a parameter's default value).</summary>
    public InputLaw Law { get; init; } = Law ?? InputLaw.Sphere;

    /// <summary>Feature dimension m: k (RF), kd (NTK), n for kernels (the dual dimension); the model says which.</summary>
    public long FeatureDimension => Model.FeatureDimension(this);

    /// <summary>Leading-order multiply-adds of one run: the fit's factorization, the features of the train, test and Monte Carlo points, their gradients, and the exact RF seminorm matrix.</summary>
    /// <remarks>n·m·min(n, m) for the SVD of Z (n³ for a kernel's Gram), (n + 3t)·(k·d + <see cref="PerPointWork"/>) to draw,
    /// featurize and differentiate the train, test and Monte Carlo points (n·d in place of k·d for kernel rows) and k²·d for C. In doubles, so that huge sizes do not overflow.</remarks>
    public double EstimatedWork => EstimatedWorkOf(MeasureFields.All);

    /// <summary><see cref="EstimatedWork"/> for the asked fields only: the test points (test error), the Monte Carlo points
    /// (S, and again for the Lipschitz ascent's start) and C (the exact S) count only when their figure is asked for.</summary>
    public double EstimatedWorkOf(MeasureFields fields)
    {
        double n = N, m = FeatureDimension, d = D;
        double width = Model.EvaluationWidth(this);
        double factorization = n * m * Math.Min(n, m);
        double evaluations = EvaluatedPoints(fields) * (width * d + PerPointWork);
        double exact = fields.HasFlag(MeasureFields.SobolevExact) ? Model.ExtraWork(this) : 0;
        return factorization + evaluations + exact;
    }

    /// <summary>Points at which f or ∇f is evaluated: the n training points, and t for each of the test error, the Monte
    /// Carlo S and the Lipschitz ascent's start (the sensitivity's one point and the ascent's steps are within rounding).</summary>
    public double EvaluatedPoints(MeasureFields fields)
    {
        double t = TestPoints;
        return N + (fields.HasFlag(MeasureFields.TestError) ? t : 0) + (fields.HasFlag(MeasureFields.Sobolev) ? t : 0)
            + (fields.HasFlag(MeasureFields.LipschitzLower) ? t : 0);
    }

    /// <summary>Calls of f or ∇f after the fit, each a pass over W on the streamed route: one per field, and the Lipschitz
    /// ascent's <see cref="LipschitzCalls"/>.</summary>
    public static double EvaluationCalls(MeasureFields fields) =>
        (fields.HasFlag(MeasureFields.TestError) ? 1 : 0) + (fields.HasFlag(MeasureFields.Sobolev) ? 1 : 0)
        + (fields.HasFlag(MeasureFields.Sensitivity) ? 1 : 0) + (fields.HasFlag(MeasureFields.LipschitzLower) ? 1 + LipschitzCalls : 0);

    /// <summary>Gradient calls of the Lipschitz ascent beyond its start, as counted: the projected start, then per step a
    /// central difference and about one line-search trial, 1 + 3·20. (The worst case, every trial halved, is 1 + 10·20.)</summary>
    public const double LipschitzCalls = 1 + 3 * Seminorm.LipschitzLowerBound.DefaultSteps;

    /// <summary>Rejects a regime that cannot be run, with a message naming the parameter and its value.</summary>
    public Regime Validate()
    {
        CheckParameters();
        return CheckCost(Model.MeasureCost(this, MeasureFields.All));
    }

    /// <summary><see cref="Validate"/> for a measure of the asked fields only (<c>measure --fields</c>), the memory limit
    /// always and the time limit unless <paramref name="allowLong"/>; returns the route's cost.</summary>
    public RouteCost ValidateFor(MeasureFields fields, bool allowLong = false)
    {
        CheckParameters();
        var cost = Model.MeasureCost(this, fields);
        CheckCost(allowLong ? cost with { WorkLimit = double.PositiveInfinity } : cost);
        return cost;
    }

    /// <summary>
    /// Rejects a regime the sharper laws' probe (‖∇f(x₀)‖ only) cannot run: the same parameter checks as
    /// <see cref="Validate"/>, then the size of the model's own route (<see cref="Model.SensitivityCost"/>), not measure's.
    /// </summary>
    /// <remarks>The streamed RF and dual NTK routes hold no N×m feature matrix and evaluate no test points, so the figures'
    /// largest points (RF k = 2·10⁵, NTK kd = 3·10⁵ at N = 1200, d = 1000) pass here and are refused by <see cref="Validate"/>.</remarks>
    public Regime ValidateForSensitivity()
    {
        CheckParameters();
        return CheckCost(Model.SensitivityCost(this));
    }

    /// <summary>Measure's route: the N×m feature matrix (or the test points' rows, or W) and <see cref="EstimatedWork"/> against <see cref="MaxWork"/>.</summary>
    public RouteCost DenseCost => DenseCostOf(MeasureFields.All);

    /// <summary>The dense route for the asked fields: the test points' rows count only when a field evaluates them.</summary>
    public RouteCost DenseCostOf(MeasureFields fields)
    {
        // In doubles: n·k·d reaches 10²⁰ inside the ranges of CheckParameters and would wrap around in a long. W (k×d) counts too.
        double weights = Model.WeightEntries(this);
        double evaluated = (fields & (MeasureFields.Sobolev | MeasureFields.TestError | MeasureFields.LipschitzLower)) != 0 ? TestPoints : 1;
        double largest = Math.Max(Math.Max((double)N * Math.Max(FeatureDimension, D), evaluated * Math.Max(N, FeatureDimension)), weights);
        // Time: the factorization (SVD-, QR- or eigen-bound) and the per-point overheads at DenseRate, the products (gemm-bound)
        // at StreamedRate. Measured (JIT, load 36): rf d = 500, k = 3000, n = 2000, t = 2000 took 27 s (estimate 32 s;
        // DenseRate alone said 71 s), rf d = 300, n = k = 1000 took 1.8 s (estimate 2.6 s).
        double work = EstimatedWorkOf(fields), factorization = (double)N * FeatureDimension * Math.Min(N, FeatureDimension);
        double slow = factorization + EvaluatedPoints(fields) * PerPointWork;
        return Timed(largest, work - slow, slow, "n, k, d or test-points", "dense", MaxWork);
    }

    /// <summary>A route's cost with its time: <paramref name="fast"/> multiply-adds at <see cref="StreamedRate"/> (products),
    /// <paramref name="slow"/> at <see cref="DenseRate"/> (factorizations, per-point overheads); the limit is <see cref="MaxSeconds"/>
    /// (and at least <paramref name="minimumLimit"/> multiply-adds, the dense route's former work limit).</summary>
    internal static RouteCost Timed(double largest, double fast, double slow, string sizes, string route, double minimumLimit = 0)
    {
        double work = fast + slow, seconds = fast / StreamedRate + slow / DenseRate;
        double rate = work / Math.Max(seconds, double.Epsilon);
        return new RouteCost(largest, work, Math.Max(minimumLimit, MaxSeconds * rate), sizes) { Rate = rate, Route = route };
    }

    private void CheckParameters()
    {
        Preconditions.CheckRange(D, 1, 1_000_000, "d");
        ArgumentNullException.ThrowIfNull(Model, "model");
        // The model checks its own parameters here: the width of a finite model, the closed-form kernel of a kernel model.
        Model.Validate(this);
        Preconditions.CheckRange(N, 1, 10_000_000, "n");
        Preconditions.CheckRange(Noise, 0, 1e6, "noise");
        Preconditions.CheckRange(Ridge, 0, 1e12, "ridge");
        Preconditions.CheckRange(TestPoints, 2, 10_000_000, "test-points");
        if (WeightsSd is { } sd && !(double.IsFinite(sd) && sd > 0 && sd <= 1e6))
            throw new ArgumentOutOfRangeException("weights-sd", sd, $"--weights-sd must be positive and at most 1e6, got {sd}.");
        if (!Enum.IsDefined(Target)) throw new ArgumentOutOfRangeException("target", Target, "target must be linear, none or classes.");
        // A file fixes d, holds finitely many training rows and alone carries classes.
        Law.CheckDraw(N, D, Target);
    }

    internal Regime CheckCost(RouteCost cost)
    {
        if (cost.LargestMatrix > MaxMatrixEntries)
            throw new ArgumentOutOfRangeException("n", N, $"regime too large: a {cost.LargestMatrix:N0}-entry matrix (over {MaxMatrixEntries:N0}, 2 GiB) would not fit this machine; reduce {cost.Sizes}.");
        if (cost.Work > cost.WorkLimit)
            throw new ArgumentOutOfRangeException("n", N, $"regime too expensive: about {cost.Work:G2} multiply-adds (over {cost.WorkLimit:G2}, minutes on this machine); reduce {cost.Sizes}.");
        return this;
    }
}

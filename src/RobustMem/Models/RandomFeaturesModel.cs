using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;

namespace RobustMem.Models;

/// <summary>Finite random features f(x) = ⟨v, σ(Wx)⟩/√k with W (k×d) fixed at random: claim II.</summary>
internal sealed class RandomFeaturesModel : FeatureModel
{
    public override string Name => "rf";
    public override bool HasWidth => true;
    public override Claim Claim => Claim.FiniteRandomFeatures;
    public override Model InfiniteWidthLimit => RandomFeatureKernel;

    public override long FeatureDimension(Regime regime) => regime.K;
    public override double EvaluationWidth(Regime regime) => regime.K;
    public override double WeightEntries(Regime regime) => (double)regime.K * regime.D;

    /// <summary>k²·d for the closed-form C of THEORY.md §1, counted whether or not the activation and law have it.</summary>
    public override double ExtraWork(Regime regime) => (double)regime.K * regime.K * regime.D;

    public override void Validate(Regime regime) => Preconditions.CheckRange(regime.K, 1, 10_000_000, "k");

    /// <summary>n = k; and n = d too for erf and tanh (THEORY.md §2, claim M).</summary>
    /// <remarks>Their pre-activations are O(1/√d), so the features are nearly linear with a rank-d dominant block.</remarks>
    public override IReadOnlyList<int> InterpolationThresholds(Regime regime) =>
        regime.Sigma == Activation.Erf || regime.Sigma == Activation.Tanh
            ? regime.D < regime.K ? [regime.D, regime.K] : [regime.K]
            : [regime.K];

    public override (double K0, double K1, double K2, double KOne) KernelTaylor(Activation sigma, int d) => LeadingOrder.RandomFeatureTaylor(sigma, d);

    public override (IFeatureMap Map, Matrix<double>? Weights) Map(Regime regime, RandomStreams streams, FitParts parts, ILinearAlgebra la)
    {
        var weights = parts.Weights(regime, streams);
        return (new RandomFeatureMap(weights, regime.Sigma, la), weights);
    }

    /// <summary>
    /// The fit of every command (measure, the sweeps, the claim checks, laws and the sharper laws' probe) takes the dense route
    /// (Z, n×k, W and <see cref="MinNormInterpolator"/>'s ladder) unless its matrices would not fit in memory
    /// (<see cref="UsesStreaming"/>); then the streamed one (<see cref="FitStreamed"/>).
    /// </summary>
    /// <remarks>The streamed route does at least the dense route's multiply-adds plus a draw of W on every evaluation, so it is
    /// chosen for memory alone. Weights replaced by a control (<see cref="FitParts.Weights"/>) cannot be re-drawn, so they fit densely.</remarks>
    public override FittedExperiment Fit(Regime regime, RandomStreams streams, Dataset train, FitParts parts, ILinearAlgebra la) =>
        Route(regime, streams, train, parts, la, progress: null);

    // The one route choice, with the streamed pass's progress for the probe's long points.
    private FittedExperiment Route(Regime regime, RandomStreams streams, Dataset train, FitParts parts, ILinearAlgebra la, IProgress<double>? progress) =>
        UsesStreaming(regime) && ReferenceEquals(parts.Weights, FitParts.Standard.Weights)
            ? FitStreamed(regime, streams, train, la, progress)
            : base.Fit(regime, streams, train, parts, la);

    /// <summary>Whether <see cref="Fit"/> streams: there is a dual (k &gt; n) and the dense route would hold more than
    /// <see cref="DenseMemoryBudget"/> doubles.</summary>
    internal bool UsesStreaming(Regime regime) => HasDual(regime) && DenseResident(regime) > DenseMemoryBudget;

    /// <summary>2²⁶ doubles (512 MiB) for the dense route's Z, W, the test points' features and C together: a quarter of
    /// <see cref="Regime.MaxMatrixEntries"/>, so that the whole run, not one matrix, stays well inside a laptop's memory.</summary>
    public const double DenseMemoryBudget = 1 << 26;

    // Z (n×k), W (k×d), the test points' features (t×k) and the closed-form C (k×k) where the activation and law have it.
    internal static double DenseResident(Regime regime)
    {
        double n = regime.N, k = regime.K, d = regime.D, t = regime.TestPoints;
        bool exact = (regime.Sigma == Activation.Relu || regime.Sigma == Activation.Abs) && regime.Law.IsRotationInvariant;
        return n * k + k * d + t * k + (exact ? k * k : 0);
    }

    /// <summary>
    /// The streamed route (issue 13 item 5, issue 19): one pass over W in blocks gives the Gram ZZᵀ and, at the sensitivity's
    /// point x₀, the d×n map M with ∇f(x₀) = Mα (<see cref="StreamingRandomFeatures.GramAndSlopeMap"/>); α by
    /// <see cref="KernelInterpolator"/>'s certified Cholesky; f and ∇f elsewhere from θ = Zᵀα with W re-drawn
    /// (<see cref="FittedStreamedFeatures"/>). Memory O(n² + (n + d)·block), never the n×k matrix; W is re-drawn from its
    /// stream on each pass, bit for bit the W of the dense route.
    /// </summary>
    /// <remarks>
    /// x₀ comes from its own stream, so drawing it here moves no other draw. A Gram the Cholesky does not certify (not
    /// positive definite, or cond(Z) above 10⁴) is near the threshold, far from where this route is chosen: the dense ladder
    /// resolves the rank where its matrices still fit (one matrix up to 2 GiB); beyond, the Gram's eigen-decomposition gives α
    /// and the fit is reported ill-posed, as <see cref="FitReport.OfFeatureGram"/> says why, so its sensitivity is NaN.
    /// </remarks>
    internal FittedExperiment FitStreamed(Regime regime, RandomStreams streams, Dataset train, ILinearAlgebra la, IProgress<double>? progress = null, int? blockSize = null)
    {
        var features = new StreamingRandomFeatures(regime.Sigma, regime.K, regime.D, () => streams.Weights, regime.WeightsSd, blockSize ?? BlockSize(regime), la) { Progress = progress };
        var x0 = InputSampler.Sample(regime.Law, 1, regime.D, streams.SensitivityPoint).Row(0);
        var (gram, slopeMap) = features.GramAndSlopeMap(train.X, x0);
        var solver = new KernelInterpolator(regime.Ridge, la);
        var solved = solver.TrySolveByCholesky(gram, train.Y);
        if (solved is null && DenseResident(regime) <= Regime.MaxMatrixEntries) return base.Fit(regime, streams, train, FitParts.Standard, la);
        var fit = solved ?? solver.Fit(gram, train.Y);
        var report = FitReport.OfFeatureGram(fit.Report, regime.N, regime.K, certified: solved is not null);
        return new FittedStreamedFeatures(regime, streams, train, features.Interpolant(train.X, fit.Alpha, gram), report, x0, slopeMap);
    }

    /// <summary>Rows of W per block of the streamed route: the block's n×rows and rows×d matrices about 2²² doubles (32 MiB)
    /// each, between <see cref="StreamingRandomFeatures.DefaultBlockSize"/> and 4 times it.</summary>
    /// <remarks>At n = 1200, d = 1000 that is 3495 rows, 58 blocks for k = 2·10⁵ rather than 196: a third of the BLAS calls,
    /// each of which starts and joins OpenBLAS's threads (on a shared box a descheduled thread stalls the call), for about
    /// 100 MB more resident memory.</remarks>
    internal static int BlockSize(Regime regime) =>
        Math.Clamp((1 << 22) / Math.Max(regime.N, regime.D), StreamingRandomFeatures.DefaultBlockSize, 4 * StreamingRandomFeatures.DefaultBlockSize);

    /// <summary>The sharper laws' probe on <see cref="Fit"/>'s own route, told its progress: ‖∇f(x₀)‖ as measure's
    /// <c>sensitivity</c> reports it (NaN when the fit is ill-posed). On the streamed route that is one pass over W.</summary>
    public override double Sensitivity(Regime regime, RandomStreams streams, Dataset train, Vector<double> x0, ILinearAlgebra la, IProgress<double>? progress)
    {
        var fitted = Route(regime, streams, train, FitParts.Standard, la, progress);
        // The streamed pass reports its blocks up to 1; the dense route says only that it is done.
        if (!UsesStreaming(regime)) progress?.Report(1);
        return fitted.Report.IllPosed ? double.NaN : Seminorm.Sensitivity.At(fitted.Gradients, x0);
    }

    /// <summary>What the probe costs: measure's cost for the sensitivity alone on the same route (<see cref="MeasureCost"/>).</summary>
    public override RouteCost SensitivityCost(Regime regime) => MeasureCost(regime, MeasureFields.Sensitivity);

    /// <summary>
    /// The streamed route of measure: the one pass over W (X·W_Bᵀ, the draws and the activations), the Gram's n²k/2, M's n·k·d
    /// and the Cholesky's n³; a field other than the sensitivity first passes again for θ, and every evaluation call then
    /// draws W again and multiplies its points by it twice (σ′(PWᵀ), then by W). The closed-form C (k×k, larger than the
    /// whole route) is not computed: sobolev_exact is null here.
    /// </summary>
    public override RouteCost MeasureCost(Regime regime, MeasureFields fields)
    {
        if (!UsesStreaming(regime)) return base.MeasureCost(regime, fields);
        double n = regime.N, k = regime.K, d = regime.D, t = regime.TestPoints, block = BlockSize(regime);
        double draws = k * d * Regime.PerDrawWork;
        double pass = n * k * d + draws + n * k * Regime.PerActivationWork;
        var later = fields & ~MeasureFields.Sensitivity;
        bool evaluatesTestPoints = (later & (MeasureFields.Sobolev | MeasureFields.TestError | MeasureFields.LipschitzLower)) != 0;
        double evaluated = regime.EvaluatedPoints(later) - n;
        double work = pass + n * k * d + n * n * k / 2 + n * n * n
            + (evaluatesTestPoints ? pass + Regime.EvaluationCalls(later) * draws + evaluated * (2 * k * d + k * Regime.PerActivationWork) : 0);
        double points = evaluatesTestPoints ? t : 1;
        double largest = Math.Max(Math.Max(n * n, Math.Max(n, points) * Math.Min(block, k)), Math.Max(Math.Max(k, d * n), Math.Min(block, k) * d));
        return Regime.Timed(largest, work, regime.EvaluatedPoints(fields) * Regime.PerPointWork,
            evaluatesTestPoints ? "n, k, d or test-points" : "n, k or d", "streamed");
    }

    public override Matrix<double>? ExactSeminormMatrix(IFeatureMap map, Regime regime, ILinearAlgebra la) =>
        map is RandomFeatureMap rf && SeminormMatrix.HasExactForm(rf, regime.Law) ? SeminormMatrix.ExactRandomFeature(rf, la) : null;
}

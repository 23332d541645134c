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
    /// The fit of every command takes the dense route (Z, n×k, W and <see cref="MinNormInterpolator"/>'s ladder) unless its
    /// matrices would not fit in memory (<see cref="UsesStreaming"/>); then the streamed one (<see cref="FitStreamed"/>).
    /// </summary>
    /// <remarks>The streamed route does the dense route's multiply-adds plus a draw of W on every evaluation, so it is never
    /// faster; it is chosen for memory alone. Weights replaced by a control (<see cref="FitParts.Weights"/>) cannot be re-drawn, so they fit densely.</remarks>
    public override FittedExperiment Fit(Regime regime, RandomStreams streams, Dataset train, FitParts parts, ILinearAlgebra la) =>
        UsesStreaming(regime) && ReferenceEquals(parts.Weights, FitParts.Standard.Weights)
            ? FitStreamed(regime, streams, train, la)
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
    /// The streamed route: the Gram ZZᵀ in one pass over W, α by <see cref="KernelInterpolator"/>'s certified Cholesky, and
    /// f and ∇f from θ = Zᵀα with W re-drawn (<see cref="FittedStreamedFeatures"/>). A Gram the Cholesky does not certify is
    /// near the threshold (k close to n, far from where this route is chosen): its eigen-decomposition gives α, and the fit is
    /// reported ill-posed, as <see cref="FitReport.OfFeatureGram"/> says why.
    /// </summary>
    internal FittedExperiment FitStreamed(Regime regime, RandomStreams streams, Dataset train, ILinearAlgebra la)
    {
        var features = new StreamingRandomFeatures(regime.Sigma, regime.K, regime.D, () => streams.Weights, regime.WeightsSd, la: la);
        var gram = features.Gram(train.X);
        var solver = new KernelInterpolator(regime.Ridge, la);
        var solved = solver.TrySolveByCholesky(gram, train.Y);
        // Not certified: the dense ladder resolves the rank where its matrices still fit (one matrix up to 2 GiB).
        if (solved is null && DenseResident(regime) <= Regime.MaxMatrixEntries) return base.Fit(regime, streams, train, FitParts.Standard, la);
        var fit = solved ?? solver.Fit(gram, train.Y);
        var report = FitReport.OfFeatureGram(fit.Report, regime.N, regime.K, certified: solved is not null);
        return new FittedStreamedFeatures(regime, streams, train, features.Interpolant(train.X, fit.Alpha, gram), report);
    }

    /// <summary>
    /// The streamed route (<see cref="StreamingRandomFeatures"/>, issue 13 item 5): one pass over W for the Gram ZZᵀ, the dual
    /// α = (ZZᵀ + nλI)⁻¹y, and one more pass for θ_B = Z_Bᵀα and ∇f(x₀) = Σ_B W_Bᵀ(σ′(W_B x₀) ⊙ θ_B)/√k together. Memory
    /// O(N² + (N + d)·block), never the N×k matrix; W is re-drawn from its stream on each pass, bit for bit the W of <see cref="FeatureModel.Fit"/>.
    /// </summary>
    /// <remarks>
    /// NaN when the Gram is not certified by <see cref="KernelInterpolator"/>'s Cholesky route (not positive definite, or
    /// cond(Z) above 10⁴). Measure reports NaN from cond(Z) ≈ 6.7·10⁷ (√ε·s_max), and its SVD resolves the band between; the
    /// Gram, whose rounding is ε·cond(Z)², cannot, so the probe reports NaN there rather than a number with fewer digits
    /// than measure's. The sharper laws' grid (k ≥ 8N) is far from that band.
    /// </remarks>
    public override double Sensitivity(Regime regime, RandomStreams streams, Dataset train, Vector<double> x0, ILinearAlgebra la, IProgress<double>? progress)
    {
        // k ≤ N: ZZᵀ has rank k < N, so there is no dual; measure's least-squares fit is what the probe reports, and its N×k
        // matrix is no larger than the Gram would be.
        if (!HasDual(regime)) return base.Sensitivity(regime, streams, train, x0, la, progress);
        var passes = new PassProgress(progress, 2);
        var features = new StreamingRandomFeatures(regime.Sigma, regime.K, regime.D, () => streams.Weights, regime.WeightsSd, la: la) { Progress = passes };
        if (features.TryInterpolate(train.X, train.Y, regime.Ridge) is not { } fit)
        {
            passes.Done();
            return double.NaN;
        }
        passes.NextPass();
        return Seminorm.Sensitivity.At(fit.Gradients, x0);
    }

    /// <summary>Two passes over W, each drawing it and multiplying X by it (2·(N·k·d + draws + activations)), the Gram's
    /// N²·k/2, and N³ for the Cholesky solve and its condition estimate; the largest matrices are the Gram and one block's features.</summary>
    public override RouteCost SensitivityCost(Regime regime)
    {
        if (!HasDual(regime)) return base.SensitivityCost(regime);
        double n = regime.N, k = regime.K, d = regime.D, block = StreamingRandomFeatures.DefaultBlockSize;
        double pass = n * k * d + k * d * Regime.PerDrawWork + n * k * Regime.PerActivationWork;
        double largest = Math.Max(Math.Max(n * n, n * d), Math.Max(n, d) * Math.Min(block, k));
        return new RouteCost(largest, 2 * pass + n * n * k / 2 + n * n * n, Regime.MaxStreamedWork, "n, k or d") { Rate = Regime.StreamedRate, Route = "streamed" };
    }

    /// <summary>
    /// The streamed route of measure: the Gram's pass and θ's pass over W (each X·W_Bᵀ, the draws and the activations), the
    /// Gram's n²k/2 and the Cholesky's n³; then every evaluation call draws W again and multiplies its points by it twice
    /// (σ′(PWᵀ), then by W). The closed-form C (k×k, larger than the whole route) is not computed: sobolev_exact is null here.
    /// </summary>
    public override RouteCost MeasureCost(Regime regime, MeasureFields fields)
    {
        if (!UsesStreaming(regime)) return base.MeasureCost(regime, fields);
        double n = regime.N, k = regime.K, d = regime.D, t = regime.TestPoints, block = StreamingRandomFeatures.DefaultBlockSize;
        double draws = k * d * Regime.PerDrawWork;
        double pass = n * k * d + draws + n * k * Regime.PerActivationWork;
        double evaluated = regime.EvaluatedPoints(fields) - n;
        double work = 2 * pass + n * n * k / 2 + n * n * n
            + Regime.EvaluationCalls(fields) * draws + evaluated * (2 * k * d + k * Regime.PerActivationWork);
        double points = (fields & (MeasureFields.Sobolev | MeasureFields.TestError | MeasureFields.LipschitzLower)) != 0 ? t : 1;
        double largest = Math.Max(Math.Max(n * n, Math.Max(n, points) * Math.Min(block, k)), Math.Max(k, Math.Min(block, k) * d));
        return Regime.Timed(largest, work, regime.EvaluatedPoints(fields) * Regime.PerPointWork, "n, k, d or test-points", "streamed");
    }

    public override Matrix<double>? ExactSeminormMatrix(IFeatureMap map, Regime regime, ILinearAlgebra la) =>
        map is RandomFeatureMap rf && SeminormMatrix.HasExactForm(rf, regime.Law) ? SeminormMatrix.ExactRandomFeature(rf, la) : null;
}

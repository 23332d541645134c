using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;

namespace RobustMem.Models;

/// <summary>Finite first-layer neural tangent features, the gradient of a width-k network in W (kd features): claim III.</summary>
internal sealed class NeuralTangentModel : FeatureModel
{
    public override string Name => "ntk";
    public override bool HasWidth => true;
    public override Claim Claim => Claim.FiniteNeuralTangent;
    public override Model InfiniteWidthLimit => NeuralTangentKernel;

    public override long FeatureDimension(Regime regime) => (long)regime.K * regime.D;
    public override double EvaluationWidth(Regime regime) => regime.K;
    public override double WeightEntries(Regime regime) => (double)regime.K * regime.D;

    public override void Validate(Regime regime) => Preconditions.CheckRange(regime.K, 1, 10_000_000, "k");

    /// <summary>n = rank of the features (THEORY.md §1, "Fitting"): kd, less for quadratic with k &lt; d.</summary>
    public override IReadOnlyList<int> InterpolationThresholds(Regime regime) => [FeatureRank(regime.D, regime.K, regime.Sigma)];

    /// <summary>The rank of the NTK feature map: kd, except quadratic, whose features span only the symmetric forms reachable from k directions.</summary>
    /// <remarks>
    /// Quadratic: Φ(x)_{j,l} ∝ (w_j·x) x_l, so ⟨A, Φ(x)⟩ = xᵀ(AᵀW)x/√k depends on the symmetric part of AᵀW only; those parts span
    /// d(d+1)/2 − (d−k)(d−k+1)/2 dimensions when k &lt; d (THEORY.md §1), e.g. 1220 rather than 2000 for d = 50, k = 40.
    /// </remarks>
    public static int FeatureRank(int d, int k, Activation sigma)
    {
        long kd = (long)k * d;
        if (sigma != Activation.Quadratic) return (int)Math.Min(kd, int.MaxValue);
        long full = (long)d * (d + 1) / 2;
        long missing = k < d ? (long)(d - k) * (d - k + 1) / 2 : 0;
        return (int)Math.Min(kd, full - missing);
    }

    protected override long FeatureRank(Regime regime) => FeatureRank(regime.D, regime.K, regime.Sigma);

    public override (double K0, double K1, double K2, double KOne) KernelTaylor(Activation sigma, int d) => LeadingOrder.NeuralTangentTaylor(sigma, d);

    /// <summary>The dual route's fit (<see cref="DualFitWork"/>) and, at each of the n + 3t evaluated points, the three n×k-shaped
    /// products of f or ∇f from A (3kd); its largest matrices are the Gram, S, W and the test points' n×k slopes, never Z.</summary>
    public override RouteCost MeasureCost(Regime regime, MeasureFields fields)
    {
        if (!UsesDual(regime)) return base.MeasureCost(regime, fields);
        double n = regime.N, k = regime.K, d = regime.D, t = regime.TestPoints;
        double points = regime.EvaluatedPoints(fields);
        double largest = Math.Max(Math.Max(n * n, Math.Max(n, t) * k), Math.Max(Math.Max(k, n), t) * d);
        return Regime.Timed(largest, DualFitWork(regime) + k * d * Regime.PerDrawWork + points * 3 * k * d, points * Regime.PerPointWork, "n, k, d or test-points", "dual");
    }

    /// <summary>The sharper laws' probe goes through <see cref="Fit"/>'s route, so it costs what that route costs (the dual's
    /// largest matrices are the Gram, S and W; the dense route's are measure's), plus one gradient.</summary>
    public override RouteCost SensitivityCost(Regime regime)
    {
        if (!UsesDual(regime)) return base.SensitivityCost(regime);
        double n = regime.N, k = regime.K, d = regime.D;
        double work = DualFitWork(regime) + k * d * Regime.PerDrawWork + 3 * k * d;
        return new RouteCost(Math.Max(Math.Max(n * n, n * k), Math.Max(k, n) * d), work, Regime.MaxStreamedWork, "n, k or d") { Rate = Regime.StreamedRate, Route = "dual" };
    }

    public override (IFeatureMap Map, Matrix<double>? Weights) Map(Regime regime, RandomStreams streams, FitParts parts, ILinearAlgebra la)
    {
        var weights = parts.Weights(regime, streams);
        return (new NeuralTangentMap(weights, regime.Sigma, la, parts.CurvatureTerm), weights);
    }

    /// <summary>
    /// The fit of every command (measure, the sweeps, the claim checks, laws) takes the cheaper of two routes
    /// (<see cref="UsesDual"/>): the dense one (Z = Φ(X), n×kd, and <see cref="MinNormInterpolator"/>'s ladder) or the dual
    /// (<see cref="FitDual"/>: the Gram (SSᵀ) ∘ (XXᵀ), A = Sᵀ diag(α) X, f and ∇f from A), which never forms Z.
    /// </summary>
    public override FittedExperiment Fit(Regime regime, RandomStreams streams, Dataset train, FitParts parts, ILinearAlgebra la)
    {
        var (map, weights) = Map(regime, streams, parts, la);
        return UsesDual(regime) ? FitDual(regime, streams, train, (NeuralTangentMap)map, weights, la) : FitDense(regime, streams, train, map, weights, la);
    }

    /// <summary>
    /// The dual route: α = (ZZᵀ + nλI)⁻¹y by <see cref="KernelInterpolator"/>'s certified Cholesky (cond(Z) ≤ 10⁴), then the
    /// coefficients as the k×d matrix A, f(x) = Σ_j σ′(w_j·x)⟨a_j, x⟩/√k and ∇f(x) = Aᵀσ′(Wx)/√k + Wᵀ(σ″(Wx) ∘ Ax)/√k, O(kd) a point.
    /// </summary>
    /// <remarks>
    /// The Cholesky route certifies what the dense ladder's Gram route does (every singular value kept, none ill-posed), so
    /// rank, interpolation and ill-posedness are the dense route's. A Gram it does not certify is near the threshold, where
    /// only Z's QR or SVD resolves the rank: the fit goes to the dense route when Z fits in memory (<see cref="Regime.MaxMatrixEntries"/>),
    /// else it is reported ill-posed (its figures NaN), never as numbers with digits the Gram cannot carry.
    /// </remarks>
    internal FittedFeatureModel FitDual(Regime regime, RandomStreams streams, Dataset train, NeuralTangentMap map, Matrix<double>? weights, ILinearAlgebra la)
    {
        var dual = new DualNeuralTangent(map, la);
        var gram = dual.Gram(train.X);
        var solved = new KernelInterpolator(regime.Ridge, la).TrySolveByCholesky(gram, train.Y);
        if (solved is null && (double)regime.N * regime.FeatureDimension <= Regime.MaxMatrixEntries)
            return FitDense(regime, streams, train, map, weights, la);
        var fit = solved ?? new KernelInterpolator(regime.Ridge, la).Fit(gram, train.Y);
        var a = dual.CoefficientMatrix(train.X, fit.Alpha);
        var v = Vector<double>.Build.Dense(a.ToRowMajorArray());
        var linear = new LinearFit(v, FitReport.OfFeatureGram(fit.Report, regime.N, regime.FeatureDimension, certified: solved is not null), regime.Ridge);
        return new FittedFeatureModel(regime, streams, train, map, linear, gram * fit.Alpha, gram, () => map.Features(train.X),
            x => map.Predict(x, a), x => map.Gradients(x, a), () => null) { Weights = weights };
    }

    /// <summary>Whether <see cref="Fit"/> takes the dual route: the features have a dual (rank above n), the dual is cheaper,
    /// and the dense fit is not small (<see cref="SmallFitWork"/>) or Z would not fit in memory.</summary>
    internal bool UsesDual(Regime regime) =>
        HasDual(regime) && DualFitWork(regime) < DenseFitWork(regime)
        && (DenseFitWork(regime) > SmallFitWork || (double)regime.N * regime.FeatureDimension > Regime.MaxMatrixEntries);

    /// <summary>Below 10⁸ multiply-adds (a fraction of a second) the dense route is kept: its QR/SVD certify down to the
    /// threshold where the Gram's Cholesky cannot, and every fit of the default <c>reproduce</c> and the golden outputs is
    /// this small (the largest, NTK d = 16, k = 16, n = 512, is 3.4·10⁷), so they are unchanged.</summary>
    public const double SmallFitWork = 1e8;

    /// <summary>Z (n·kd) and its factorization, n·m·min(n, m), as <see cref="Regime.EstimatedWork"/> counts it.</summary>
    internal static double DenseFitWork(Regime regime)
    {
        double n = regime.N, m = regime.FeatureDimension;
        return n * m + n * m * Math.Min(n, m);
    }

    /// <summary>X·Wᵀ twice (Gram, A), A = Sᵀ diag(α) X, SSᵀ and XXᵀ (n²(k + d)/2), the Cholesky and its condition estimates (n³).</summary>
    internal static double DualFitWork(Regime regime)
    {
        double n = regime.N, k = regime.K, d = regime.D;
        return 3 * n * k * d + 2 * n * k * Regime.PerActivationWork + n * n * (k + d) / 2 + n * n * n;
    }
}

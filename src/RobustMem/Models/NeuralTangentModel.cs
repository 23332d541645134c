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
public sealed class NeuralTangentModel : FeatureModel
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

    /// <summary>
    /// The dual route (<see cref="DualNeuralTangent"/>, issue 13 item 5): the Gram (SSᵀ) ∘ (XXᵀ) with S = σ′(XWᵀ)/√k, the dual
    /// α = (ZZᵀ + nλI)⁻¹y, A = Sᵀ diag(α) X, and ∇f(x₀) by <see cref="NeuralTangentMap.Gradients"/> (σ′ and σ″ terms) at v = vec(A).
    /// Memory O(N² + N·k + k·d), never the N×kd feature matrix.
    /// </summary>
    /// <remarks>NaN when the Gram is not certified, as on the RF route (<see cref="RandomFeaturesModel.Sensitivity"/>).</remarks>
    public override double Sensitivity(Regime regime, RandomStreams streams, Dataset train, Vector<double> x0, ILinearAlgebra la, IProgress<double>? progress)
    {
        // kd ≤ N: no dual (ZZᵀ has rank at most kd < N); measure's least-squares fit, on an N×kd matrix no larger than the Gram.
        if (!HasDual(regime)) return base.Sensitivity(regime, streams, train, x0, la, progress);
        var map = new NeuralTangentMap(FitParts.Standard.Weights(regime, streams), regime.Sigma, la);
        var dual = new DualNeuralTangent(map, la);
        var gram = dual.Gram(train.X);
        progress?.Report(0.5);
        double sensitivity = double.NaN;
        if (new KernelInterpolator(regime.Ridge, la).TrySolveByCholesky(gram, train.Y) is { } fit)
        {
            var v = dual.Coefficients(train.X, fit.Alpha);
            sensitivity = Seminorm.Sensitivity.At(p => map.Gradients(p, v), x0);
        }
        progress?.Report(1);
        return sensitivity;
    }

    /// <summary>X·Wᵀ twice (Gram and coefficients), SSᵀ and XXᵀ, N³ for the Cholesky solve and its condition estimate; the
    /// largest matrix is the Gram, S or W.</summary>
    public override RouteCost SensitivityCost(Regime regime)
    {
        if (!HasDual(regime)) return base.SensitivityCost(regime);
        double n = regime.N, k = regime.K, d = regime.D;
        double work = 2 * (n * k * d + n * k * Regime.PerActivationWork) + k * d * Regime.PerDrawWork + n * n * (k + d) / 2 + n * n * n;
        return new RouteCost(Math.Max(Math.Max(n * n, n * k), Math.Max(k, n) * d), work, Regime.MaxStreamedWork, "n, k or d");
    }

    public override (IFeatureMap Map, Matrix<double>? Weights) Map(Regime regime, RandomStreams streams, FitParts parts, ILinearAlgebra la)
    {
        var weights = parts.Weights(regime, streams);
        return (new NeuralTangentMap(weights, regime.Sigma, la, parts.CurvatureTerm), weights);
    }
}

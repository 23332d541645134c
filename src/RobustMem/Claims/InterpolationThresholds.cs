using RobustMem.Activations;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>Where claim M puts the peaks of the min-norm S(n): the interpolation thresholds of a finite model.</summary>
/// <remarks>
/// THEORY.md §2 (claim M) and §1 ("Fitting"): n = k for RF; n = rank of the NTK features (kd, or
/// d(d+1)/2 − (d−k)(d−k+1)/2 for quadratic with k &lt; d); and n = d for erf and tanh RF, whose pre-activations
/// are O(1/√d), so their features are nearly linear with a rank-d dominant block. Kernels have none.
/// </remarks>
public static class InterpolationThresholds
{
    /// <summary>The predicted peak locations, ascending.</summary>
    public static IReadOnlyList<int> Predicted(Regime regime) => regime.Model switch
    {
        ModelKind.RandomFeatures when regime.Sigma == Activation.Erf || regime.Sigma == Activation.Tanh =>
            regime.D < regime.K ? [regime.D, regime.K] : [regime.K],
        ModelKind.RandomFeatures => [regime.K],
        ModelKind.NeuralTangent => [NeuralTangentRank(regime.D, regime.K, regime.Sigma)],
        _ => [],
    };

    /// <summary>The rank of the NTK feature map: kd, except quadratic, whose features span only the symmetric forms reachable from k directions.</summary>
    /// <remarks>
    /// Quadratic: Φ(x)_{j,l} ∝ (w_j·x) x_l, so ⟨A, Φ(x)⟩ = xᵀ(AᵀW)x/√k depends on the symmetric part of AᵀW only; those parts span
    /// d(d+1)/2 − (d−k)(d−k+1)/2 dimensions when k &lt; d (THEORY.md §1), e.g. 1220 rather than 2000 for d = 50, k = 40.
    /// </remarks>
    public static int NeuralTangentRank(int d, int k, Activation sigma)
    {
        long kd = (long)k * d;
        if (sigma != Activation.Quadratic) return (int)Math.Min(kd, int.MaxValue);
        long full = (long)d * (d + 1) / 2;
        long missing = k < d ? (long)(d - k) * (d - k + 1) / 2 : 0;
        return (int)Math.Min(kd, full - missing);
    }

    /// <summary>The measured numerical rank of the regime's features on <paramref name="points"/> fresh inputs (seed of the regime).</summary>
    public static int MeasuredFeatureRank(Regime regime, int points)
    {
        if (regime.Model.IsKernel()) throw new ArgumentException("kernel models have no finite feature map.", nameof(regime));
        return Experiment.Fit(regime with { N = points, Ridge = 0 }).Report.Rank;
    }
}

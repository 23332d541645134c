using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;

namespace RobustMem.Features;

/// <summary>First-layer weights W ∈ R^{k×d} with rows w_j ~ N(0, s²I_d); by default s = 1/√d, so w_j·x has variance ‖x‖²/d ≈ 1/d.</summary>
/// <remarks>
/// s = 1 is the sharper laws' normalisation (Bombari et al. 2023): with our E‖x‖² = 1 the pre-activations w_j·x are then
/// N(0, ‖x‖²) ≈ N(0, 1), as theirs are N(0, ‖z‖²/d) with z ~ N(0, I_d) and w ~ N(0, I/d) (THEORY.md §5).
/// </remarks>
internal static class WeightSampler
{
    /// <summary>Draws W row by row from <paramref name="rng"/>; <paramref name="sd"/> is s, null for 1/√d.</summary>
    public static Matrix<double> Draw(int k, int d, Rng rng, double? sd = null)
    {
        Preconditions.CheckRange(k, 1, int.MaxValue, nameof(k));
        Preconditions.CheckRange(d, 1, int.MaxValue, nameof(d));
        ArgumentNullException.ThrowIfNull(rng);
        double scale = sd is { } s ? CheckSd(s) : DefaultSd(d);
        var w = Matrix<double>.Build.Dense(k, d);
        // Row by row so that the first rows of a wider network equal a narrower one's, and so that
        // StreamingRandomFeatures, drawing the same rows block by block from one stream, sees the same W.
        for (int j = 0; j < k; j++)
            for (int l = 0; l < d; l++) w[j, l] = scale * rng.NextGaussian();
        return w;
    }

    /// <summary>The paper's s = 1/√d.</summary>
    public static double DefaultSd(int d) => 1 / Math.Sqrt(d);

    /// <summary>s must be positive and finite.</summary>
    public static double CheckSd(double sd) =>
        double.IsFinite(sd) && sd > 0 ? sd : throw new ArgumentOutOfRangeException(nameof(sd), sd, $"the weight scale s must be positive and finite, got {sd}.");
}

using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;

namespace RobustMem.Features;

/// <summary>First-layer weights W ∈ R^{k×d} with rows w_j ~ N(0, I_d/d), so w_j·x has variance about 1/d.</summary>
public static class WeightSampler
{
    public static Matrix<double> Draw(int k, int d, Rng rng)
    {
        Preconditions.CheckRange(k, 1, int.MaxValue, nameof(k));
        Preconditions.CheckRange(d, 1, int.MaxValue, nameof(d));
        ArgumentNullException.ThrowIfNull(rng);
        double sd = 1 / Math.Sqrt(d);
        var w = Matrix<double>.Build.Dense(k, d);
        // Row by row so that the first rows of a wider network equal a narrower one's.
        for (int j = 0; j < k; j++)
            for (int l = 0; l < d; l++) w[j, l] = sd * rng.NextGaussian();
        return w;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Seminorm;

/// <summary>S(f) = (E_x ‖∇_x f(x)‖²)^{1/2} (THEORY.md §1, "Sobolev seminorm").</summary>
internal static class SobolevSeminorm
{
    /// <summary>Monte Carlo over the rows of <paramref name="gradients"/>, one ∇f(x) per fresh point.</summary>
    /// <remarks>The standard error is of S, by the delta method from that of S²: se(S) = se(S²)/(2S).</remarks>
    public static SeminormEstimate MonteCarlo(Matrix<double> gradients)
    {
        int m = Preconditions.CheckAllFinite(gradients, nameof(gradients)).RowCount;
        if (m < 2) throw new ArgumentException($"Monte Carlo needs at least 2 points, got {m}.", nameof(gradients));
        var squared = new double[m];
        for (int l = 0; l < gradients.ColumnCount; l++)
            for (int i = 0; i < m; i++) squared[i] += gradients[i, l] * gradients[i, l];
        double mean = squared.Average();
        double variance = squared.Sum(q => (q - mean) * (q - mean)) / (m - 1);
        double s = Math.Sqrt(mean);
        double se = s > 0 ? Math.Sqrt(variance / m) / (2 * s) : 0;
        return new SeminormEstimate(s, se, m, Exact: false);
    }

    /// <summary>S(f_v) = √(vᵀCv) for a model linear in its features, C = E[J Jᵀ].</summary>
    public static SeminormEstimate Exact(Matrix<double> c, Vector<double> v)
    {
        Preconditions.CheckShape(c.ColumnCount, Preconditions.CheckAllFinite(c, "C").RowCount, "C columns");
        Preconditions.CheckShape(Preconditions.CheckAllFinite(v, "v").Count, c.RowCount, "v");
        double q = v.DotProduct(c * v);
        return new SeminormEstimate(Math.Sqrt(Math.Max(q, 0)), 0, 0, Exact: true);
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Data;

/// <summary>Draws n points of R^d from an <see cref="InputLaw"/>, one row per point.</summary>
internal static class InputSampler
{
    public static Matrix<double> Sample(InputLaw law, int n, int d, Rng rng)
    {
        Preconditions.CheckRange(n, 0, int.MaxValue, nameof(n));
        Preconditions.CheckRange(d, 1, int.MaxValue, nameof(d));
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentNullException.ThrowIfNull(law);
        var x = Matrix<double>.Build.Dense(n, d);
        var row = new double[d];
        for (int i = 0; i < n; i++)
        {
            law.Fill(row, rng);
            for (int l = 0; l < d; l++) x[i, l] = row[l];
        }
        return x;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Data;

/// <summary>Draws n points of R^d from an <see cref="InputLaw"/>, one row per point.</summary>
public static class InputSampler
{
    public static Matrix<double> Sample(InputLaw law, int n, int d, Rng rng)
    {
        Preconditions.CheckRange(n, 0, int.MaxValue, nameof(n));
        Preconditions.CheckRange(d, 1, int.MaxValue, nameof(d));
        ArgumentNullException.ThrowIfNull(rng);
        if (!Enum.IsDefined(law)) throw new ArgumentOutOfRangeException(nameof(law), law, $"law must be sphere, gaussian, cube or laplace, got {(int)law}.");
        var x = Matrix<double>.Build.Dense(n, d);
        var row = new double[d];
        for (int i = 0; i < n; i++)
        {
            Fill(law, row, rng);
            for (int l = 0; l < d; l++) x[i, l] = row[l];
        }
        return x;
    }

    /// <summary>True for laws invariant under rotations, where the exact RF seminorm applies.</summary>
    public static bool IsRotationInvariant(InputLaw law) => law is InputLaw.Sphere or InputLaw.Gaussian;

    private static void Fill(InputLaw law, double[] row, Rng rng)
    {
        int d = row.Length;
        switch (law)
        {
            case InputLaw.Sphere:
                double norm2;
                do
                {
                    norm2 = 0;
                    for (int l = 0; l < d; l++) { row[l] = rng.NextGaussian(); norm2 += row[l] * row[l]; }
                } while (norm2 == 0);
                double inv = 1 / Math.Sqrt(norm2);
                for (int l = 0; l < d; l++) row[l] *= inv;
                break;
            case InputLaw.Gaussian:
                double sd = 1 / Math.Sqrt(d);
                for (int l = 0; l < d; l++) row[l] = rng.NextGaussian() * sd;
                break;
            case InputLaw.Cube:
                double half = Math.Sqrt(3.0 / d);
                for (int l = 0; l < d; l++) row[l] = (2 * rng.NextDouble() - 1) * half;
                break;
            case InputLaw.Laplace:
                // Laplace(b) has variance 2b²; b = 1/√(2d) gives variance 1/d.
                double b = 1 / Math.Sqrt(2.0 * d);
                for (int l = 0; l < d; l++)
                {
                    double u = rng.NextDouble() - 0.5;
                    row[l] = -b * Math.Sign(u) * Math.Log(1 - 2 * Math.Abs(u));
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(law), law, "unknown input law");
        }
    }
}

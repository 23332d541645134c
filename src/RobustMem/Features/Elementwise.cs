using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>Element-wise maps over dense storage, without a delegate call per entry of MathNet's Map.</summary>
internal static class Elementwise
{
    internal static double[] Storage(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();

    internal static Matrix<double> Apply(Matrix<double> m, Func<double, double> f, double scale = 1)
    {
        var src = Storage(m);
        var dst = new double[src.Length];
        Map(src, dst, f, scale);
        return Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, dst);
    }

    /// <summary>m ← scale·f(m), in m's own storage (a dense matrix): the same bits as <see cref="Apply"/> without a second matrix.</summary>
    internal static void ApplyInPlace(Matrix<double> m, Func<double, double> f, double scale = 1)
    {
        var storage = m.AsColumnMajorArray() ?? throw new ArgumentException("ApplyInPlace needs a dense matrix.", nameof(m));
        Map(storage, storage, f, scale);
    }

    private static void Map(double[] src, double[] dst, Func<double, double> f, double scale)
    {
        if (src.Length < ParallelEntries)
            for (int i = 0; i < src.Length; i++) dst[i] = scale * f(src[i]);
        else
            // Each entry is computed alone, so chunks on several cores give the same bits as one loop. σ of a block of the
            // streamed route (1200×1024 tanh) is otherwise a single-threaded stretch between two multi-threaded BLAS calls.
            Parallel.For(0, (src.Length + ParallelEntries - 1) / ParallelEntries, chunk =>
            {
                int end = (int)Math.Min(src.Length, (long)(chunk + 1) * ParallelEntries);
                for (int i = chunk * ParallelEntries; i < end; i++) dst[i] = scale * f(src[i]);
            });
    }

    /// <summary>Entries per parallel chunk, and the fewest that go parallel: 2¹⁶ (half a megabyte, tens of microseconds of tanh).</summary>
    internal const int ParallelEntries = 1 << 16;
}

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
        for (int i = 0; i < src.Length; i++) dst[i] = scale * f(src[i]);
        return Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, dst);
    }
}

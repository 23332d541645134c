using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Tests.Support;

/// <summary>How far two matrices are apart, as neural-tangents reports finite against infinite width.</summary>
internal readonly record struct MatrixGap(double RelativeFrobenius, double MeanAbsolute)
{
    /// <summary>‖a − b‖_F/‖b‖_F and mean |a − b|; b is the reference.</summary>
    public static MatrixGap Of(Matrix<double> a, Matrix<double> b)
    {
        var diff = a - b;
        return new MatrixGap(diff.FrobeniusNorm() / Math.Max(b.FrobeniusNorm(), double.Epsilon),
            diff.Enumerate().Sum(Math.Abs) / Math.Max(1, diff.RowCount * diff.ColumnCount));
    }

    public override string ToString() => $"rel. Frobenius {RelativeFrobenius:G4}, mean |Δ| {MeanAbsolute:G4}";
}

using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Tests.Support;

/// <summary>Independent checks of a least-squares solution, written from their definitions rather than from the solver's SVD.</summary>
internal static class Interpolation
{
    /// <summary>‖Zv − y‖/‖y‖.</summary>
    public static double RelativeResidual(Matrix<double> z, Vector<double> v, Vector<double> y) => (z * v - y).L2Norm() / y.L2Norm();

    /// <summary>A unit vector of the null space of Z, the component of a Gaussian vector that Z⁺Z does not see.</summary>
    public static Vector<double> NullVector(Matrix<double> z, int seed)
    {
        var g = Draw.Gaussian(z.ColumnCount, seed);
        // (I − Z⁺Z)g with Z⁺ from MathNet's own pseudo-inverse, independent of the solver under test.
        var n = g - z.PseudoInverse() * (z * g);
        return n / n.L2Norm();
    }

    /// <summary>
    /// v is the minimum-norm interpolator when Zv = y and v has no null-space component, i.e. v lies in the row
    /// space of Z: v = Zᵀ(ZZᵀ)⁻¹Zv. Checked through MathNet's QR of Zᵀ, not the solver's SVD.
    /// </summary>
    public static bool IsMinNormInterpolator(Matrix<double> z, Vector<double> y, Vector<double> v, double tol, out string detail)
    {
        var q = z.Transpose().QR().Q.SubMatrix(0, z.ColumnCount, 0, Math.Min(z.RowCount, z.ColumnCount));
        var outside = v - q * (q.TransposeThisAndMultiply(v));
        double residual = RelativeResidual(z, v, y), leak = outside.L2Norm() / v.L2Norm();
        detail = $"residual {residual:G3}, null-space share {leak:G3}";
        return residual < tol && leak < tol;
    }
}

using MathNet.Numerics.LinearAlgebra;
using RobustMem.LinearAlgebra;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>‖M‖_op on matrices of known norm and against √λ_max(MᵀM) by power iteration.</summary>
public sealed class SpectralNormTests
{
    [Fact]
    public void KnownNorms()
    {
        Assert.Equal(3, SpectralNorm.Of(Matrix<double>.Build.DenseOfDiagonalArray([1, -3, 2])), 12);
        // A rank-one matrix uvᵀ has norm ‖u‖‖v‖; the Frobenius norm would be the same, so also a rotation of diag(2, 1).
        var u = Vector<double>.Build.Dense([1.0, 2, 2]);
        var v = Vector<double>.Build.Dense([3.0, 4]);
        Assert.Equal(15, SpectralNorm.Of(u.OuterProduct(v)), 12);
        double c = Math.Cos(0.7), s = Math.Sin(0.7);
        var rotated = Matrix<double>.Build.DenseOfArray(new[,] { { c, -s }, { s, c } }) * Matrix<double>.Build.DenseOfDiagonalArray([2, 1]);
        Assert.Equal(2, SpectralNorm.Of(rotated), 12);
        Assert.Equal(0, SpectralNorm.Of(Matrix<double>.Build.Dense(3, 2)));
    }

    [Fact]
    public void Random_AgreesWithPowerIteration_AndIsBelowFrobenius()
    {
        var w = Draw.Weights(40, 12, 5);
        double norm = SpectralNorm.Of(w);
        var gram = w.TransposeThisAndMultiply(w);
        var x = Vector<double>.Build.Dense(12, 1.0);
        for (int i = 0; i < 2000; i++) x = (gram * x).Normalize(2);
        Assert.Equal(Math.Sqrt(x.DotProduct(gram * x)), norm, 8);
        Assert.True(norm < w.FrobeniusNorm());
    }

    [Fact]
    public void NonFinite_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SpectralNorm.Of(Matrix<double>.Build.DenseOfArray(new[,] { { 1, double.NaN } })));
}

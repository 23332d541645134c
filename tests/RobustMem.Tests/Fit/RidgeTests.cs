using RobustMem.Fit;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Fit;

/// <summary>v_λ = (ZᵀZ + nλI)⁻¹Zᵀy, and v_λ → Z⁺y as λ → 0.</summary>
public sealed class RidgeTests
{
    private const int N = 30, M = 50;
    private const double Tol = 1e-10;

    public static TheoryData<double> Ridges => [1e-6, 1e-3, 0.1, 10];

    [Theory, MemberData(nameof(Ridges))]
    public void Ridge_SatisfiesItsNormalEquations(double lambda)
    {
        var (z, y) = Problem();
        var v = new MinNormInterpolator(lambda).Fit(z, y).Coefficients;
        Assert.True(NormalEquationResidual(z, y, v, N * lambda) < Tol, $"λ = {lambda}");
    }

    [Fact]
    public void RidgeWithoutTheFactorN_IsRejected()
    {
        // Control: (ZᵀZ + λI)v = Zᵀy, sklearn's convention without the 1/n of the paper's mean loss.
        var (z, y) = Problem();
        var v = new MinNormInterpolator(0.1).Fit(z, y).Coefficients;
        Assert.True(NormalEquationResidual(z, y, v, 0.1) > 1e-3);
    }

    [Fact]
    public void RidgePath_TendsToMinNorm()
    {
        var (z, y) = Problem();
        var minNorm = new MinNormInterpolator().Fit(z, y).Coefficients;
        double[] lambdas = [1e-2, 1e-4, 1e-6, 1e-8, 1e-10];
        var gaps = lambdas.Select(l => (new MinNormInterpolator(l).Fit(z, y).Coefficients - minNorm).L2Norm() / minNorm.L2Norm()).ToArray();
        for (int i = 1; i < gaps.Length; i++) Assert.True(gaps[i] < gaps[i - 1], $"gap rose at λ = {lambdas[i]}: {string.Join(", ", gaps)}");
        Assert.True(gaps[^1] < 1e-8, $"gap at λ = 1e-10 is {gaps[^1]:G3}");
        // Control: a large ridge is far from min-norm and no longer interpolates.
        var shrunk = new MinNormInterpolator(1).Fit(z, y);
        Assert.True((shrunk.Coefficients - minNorm).L2Norm() / minNorm.L2Norm() > 0.3);
        Assert.False(shrunk.Report.Interpolates);
    }

    [Fact]
    public void Solve_ReusesOneFactorization()
    {
        var (z, y) = Problem();
        var svd = RobustMem.LinearAlgebra.Backend.Current.Svd(z);
        var direct = new MinNormInterpolator(1e-3).Fit(z, y).Coefficients;
        var reused = MinNormInterpolator.Solve(svd, N, M, y, 1e-3).Coefficients;
        Assert.True((direct - reused).L2Norm() <= 1e-14 * direct.L2Norm());
    }

    [Fact]
    public void NegativeRidge_IsRejected() => Assert.Throws<ArgumentOutOfRangeException>(() => new MinNormInterpolator(-1e-3));

    // ‖(ZᵀZ + μI)v − Zᵀy‖ / ‖Zᵀy‖.
    private static double NormalEquationResidual(Matrix<double> z, Vector<double> y, Vector<double> v, double mu)
    {
        var zty = z.TransposeThisAndMultiply(y);
        return (z.TransposeThisAndMultiply(z * v) + mu * v - zty).L2Norm() / zty.L2Norm();
    }

    private static (Matrix<double> Z, Vector<double> Y) Problem() => (Draw.GaussianMatrix(N, M, 1), Draw.Gaussian(N, 2));
}

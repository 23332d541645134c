using RobustMem.Data;
using RobustMem.Fit;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Fit;

/// <summary>α = K⁺y (K α = y when K is invertible) and α = (K + nλI)⁻¹y; the dual of the feature-space solver.</summary>
public sealed class KernelInterpolatorTests
{
    private const int N = 40, D = 60;
    private const double Tol = 1e-9;

    [Theory]
    [InlineData("rf", "relu")]
    [InlineData("rf", "erf")]
    [InlineData("ntk", "abs")]
    [InlineData("ntk", "relu")]
    public void KernelFit_SolvesKAlphaEqualsY(string model, string activation)
    {
        var x = Draw.Points(InputLaw.Sphere, N, D, 1);
        var gram = Support.Kernels.Create(model, activation, D).Gram(x, x);
        var y = Draw.Gaussian(N, 2);
        var fit = new KernelInterpolator().Fit(gram, y);
        Assert.Equal(N, fit.Report.Rank);
        Assert.True(fit.Report.Interpolates);
        Assert.True((gram * fit.Alpha - y).L2Norm() < Tol * y.L2Norm(), $"‖Kα − y‖ = {(gram * fit.Alpha - y).L2Norm():G3}");
    }

    [Theory]
    [InlineData(1e-4)]
    [InlineData(0.1)]
    public void KernelRidge_SolvesItsEquations(double lambda)
    {
        var x = Draw.Points(InputLaw.Gaussian, N, D, 1);
        var gram = Support.Kernels.Create("rf", "relu", D).Gram(x, x);
        var y = Draw.Gaussian(N, 2);
        var alpha = new KernelInterpolator(lambda).Fit(gram, y).Alpha;
        var shifted = gram + N * lambda * Matrix<double>.Build.DenseIdentity(N);
        Assert.True((shifted * alpha - y).L2Norm() < Tol * y.L2Norm());
        // Control: λ without the factor n does not solve them.
        var wrong = gram + lambda * Matrix<double>.Build.DenseIdentity(N);
        Assert.True((wrong * alpha - y).L2Norm() > 1e-3 * y.L2Norm());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1e-3)]
    public void LinearKernel_MatchesTheFeatureSpaceSolver(double lambda)
    {
        // With K = ZZᵀ, Zᵀα is the feature-space fit: Zᵀ(ZZᵀ + nλI)⁻¹y = (ZᵀZ + nλI)⁻¹Zᵀy.
        var z = Draw.GaussianMatrix(N, 70, 3);
        var y = Draw.Gaussian(N, 4);
        var dual = z.TransposeThisAndMultiply(new KernelInterpolator(lambda).Fit(z * z.Transpose(), y).Alpha);
        var primal = new MinNormInterpolator(lambda).Fit(z, y).Coefficients;
        Assert.True((dual - primal).L2Norm() < 1e-8 * primal.L2Norm(), $"gap {(dual - primal).L2Norm() / primal.L2Norm():G3}");
    }

    [Fact]
    public void RankDeficientGram_ReportsItsRank()
    {
        // K = ZZᵀ with Z 40×15 has rank 15: no interpolation, and α lies in K's range.
        var z = Draw.GaussianMatrix(N, 15, 5);
        var fit = new KernelInterpolator().Fit(z * z.Transpose(), Draw.Gaussian(N, 6));
        Assert.Equal(15, fit.Report.Rank);
        Assert.False(fit.Report.Interpolates);
    }

    [Fact]
    public void KernelRidgePath_TendsToTheInterpolator()
    {
        var x = Draw.Points(InputLaw.Sphere, N, D, 1);
        var gram = Support.Kernels.Create("ntk", "relu", D).Gram(x, x);
        var y = Draw.Gaussian(N, 2);
        var exact = new KernelInterpolator().Fit(gram, y).Alpha;
        double near = (new KernelInterpolator(1e-10).Fit(gram, y).Alpha - exact).L2Norm() / exact.L2Norm();
        double far = (new KernelInterpolator(1e-1).Fit(gram, y).Alpha - exact).L2Norm() / exact.L2Norm();
        Assert.True(near < 1e-6, $"λ = 1e-10: {near:G3}");
        Assert.True(far > 0.1, $"control λ = 0.1 should be far: {far:G3}");
    }
}

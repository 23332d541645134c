using RobustMem.Fit;
using RobustMem.LinearAlgebra;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Fit;

/// <summary>
/// Near the threshold, min-norm goes through a Householder QR when ‖Z‖_F·‖R⁻¹‖_F certifies cond₂(Z) ≤ 10⁷; the answer
/// must be the SVD's in every respect the report states, and an uncertified Z must still reach the SVD's verdict.
/// </summary>
public sealed class QrRouteTests
{
    [Theory]
    [InlineData(40, 44)]
    [InlineData(44, 40)]
    [InlineData(42, 42)]
    public void NearTheThreshold_TheFitIsTheSvdFit(int n, int m)
    {
        var z = Draw.GaussianMatrix(n, m, 21);
        var y = Draw.Gaussian(n, 22);
        var fit = new MinNormInterpolator().Fit(z, y);
        var svd = z.Svd(true);
        var expected = z.PseudoInverse() * y;
        // cond(Z) of a near-square Gaussian is ~10²–10³, so both answers are exact to ~1e-13.
        Assert.True((fit.Coefficients - expected).L2Norm() < 1e-10 * expected.L2Norm(), $"{n}x{m}: v differs from Z⁺y");
        Assert.Equal(Math.Min(n, m), fit.Report.Rank);
        Assert.Equal(n <= m, fit.Report.Interpolates);
        Assert.False(fit.Report.IllPosed);
        // s_max is a power-iteration estimate here, so a Rayleigh quotient: never above the truth. A Gaussian Z has no
        // dominant direction (s₂/s₁ ≈ 0.9) and the 1e-6 stopping rule leaves it 5.7e-4 low at 44×40; relu features,
        // with their mean direction, converge in a few steps.
        Assert.InRange(fit.Report.LargestSingular, svd.S[0] * (1 - 2e-3), svd.S[0] * (1 + 1e-12));
        Assert.Equal(Math.Max(n, m) * FitReport.MachineEpsilon * fit.Report.LargestSingular, fit.Report.Cutoff, 1e-30);
    }

    [Fact]
    public void TheCertificate_BoundsTheConditionNumber()
    {
        // ‖Z‖_F ≥ s_max and ‖R⁻¹‖_F ≥ 1/s_min, since R has Z's singular values: the product is never below cond₂(Z).
        foreach (var (n, m, seed) in new[] { (30, 30, 1), (25, 40, 2), (40, 25, 3), (50, 50, 4) })
        {
            var z = Draw.GaussianMatrix(n, m, seed);
            var qr = Backend.Current.QrLeastSquares(z, Draw.Gaussian(n, seed + 10))!;
            var s = z.Svd(false).S;
            double cond = s[0] / s[Math.Min(n, m) - 1];
            double bound = MinNormInterpolator.Frobenius(z) * MinNormInterpolator.Frobenius(qr.InverseR);
            Assert.True(bound >= cond * (1 - 1e-12), $"{n}x{m}: bound {bound:G6} < cond {cond:G6}");
            Assert.True(bound <= Math.Min(n, m) * cond, $"{n}x{m}: bound {bound:G6} is looser than r·cond");
        }
    }

    [Fact]
    public void Frobenius_IsTheRootSumOfSquares_WithoutOverflow()
    {
        var a = Draw.GaussianMatrix(7, 5, 5);
        Assert.Equal(Math.Sqrt(a.Enumerate().Sum(x => x * x)), MinNormInterpolator.Frobenius(a), 1e-13);
        Assert.Equal(1e300 * Math.Sqrt(a.Enumerate().Sum(x => x * x)), MinNormInterpolator.Frobenius(a * 1e300), 1e288);
        Assert.Equal(0, MinNormInterpolator.Frobenius(Matrix<double>.Build.Dense(3, 3)));
    }

    [Theory]
    [InlineData(1e6, false)] // certified: cond·(√r slack) stays under 10⁷, so the QR route answers
    [InlineData(1e9, true)]  // not certified: the SVD decides, and s_min/s_max = 1e-9 < √ε is ill-posed
    public void AnIllConditionedZ_GetsTheSvdsVerdict(double condition, bool illPosed)
    {
        // Z = U diag(s) Vᵀ with s log-spaced from 1 to 1/condition, square (the threshold itself).
        const int n = 30;
        var u = Draw.GaussianMatrix(n, n, 31).QR().Q;
        var v = Draw.GaussianMatrix(n, n, 32).QR().Q;
        var s = Vector<double>.Build.Dense(n, i => Math.Pow(condition, -i / (n - 1.0)));
        var z = u * Matrix<double>.Build.DenseOfDiagonalVector(s) * v.Transpose();
        var y = Draw.Gaussian(n, 33);
        var fit = new MinNormInterpolator().Fit(z, y);
        Assert.Equal(n, fit.Report.Rank);
        Assert.Equal(illPosed, fit.Report.IllPosed);
        if (!illPosed)
        {
            var expected = v * ((u.TransposeThisAndMultiply(y)) / s);
            Assert.True((fit.Coefficients - expected).L2Norm() < 1e-8 * expected.L2Norm(), "v differs from Z⁻¹y");
        }
        else Assert.Equal(s[n - 1], fit.Report.SmallestRetained, 1e-3 * s[n - 1]); // the SVD's exact value, not an estimate
    }
}

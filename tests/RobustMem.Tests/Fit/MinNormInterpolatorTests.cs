using RobustMem.Activations;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Fit;

/// <summary>v̂ = Z⁺y: interpolates below the threshold, has the least norm among interpolators, and reports the rank.</summary>
public sealed class MinNormInterpolatorTests
{
    // Z is 30×50 Gaussian: condition number ≈ (√50+√30)/(√50−√30) ≈ 8, so a correct solver is exact to ~1e-14.
    private const double Tol = 1e-10;

    [Fact]
    public void BelowThreshold_Interpolates_WithMinimumNorm()
    {
        var z = Draw.GaussianMatrix(30, 50, 1);
        var y = Draw.Gaussian(30, 2);
        var fit = new MinNormInterpolator().Fit(z, y);
        Assert.True(Interpolation.IsMinNormInterpolator(z, y, fit.Coefficients, Tol, out var detail), detail);
        Assert.Equal(30, fit.Report.Rank);
        Assert.True(fit.Report.Interpolates);
        Assert.False(fit.Report.IllPosed);
    }

    [Fact]
    public void AnotherInterpolator_HasLargerNorm_AndIsRejected()
    {
        var z = Draw.GaussianMatrix(30, 50, 1);
        var y = Draw.Gaussian(30, 2);
        var v = new MinNormInterpolator().Fit(z, y).Coefficients;
        // Control: v + (null-space vector) also interpolates but is not the minimum-norm one.
        var other = v + 0.3 * Interpolation.NullVector(z, 3);
        Assert.True(Interpolation.RelativeResidual(z, other, y) < Tol, "the control should still interpolate");
        Assert.True(v.L2Norm() < other.L2Norm(), $"‖v̂‖ = {v.L2Norm()} ≥ ‖other‖ = {other.L2Norm()}");
        Assert.False(Interpolation.IsMinNormInterpolator(z, y, other, Tol, out var detail), $"control accepted: {detail}");
    }

    [Fact]
    public void AtThreshold_NEqualsM_ReportsRank_WithoutThrowing()
    {
        var z = Draw.GaussianMatrix(40, 40, 4);
        var y = Draw.Gaussian(40, 5);
        var fit = new MinNormInterpolator().Fit(z, y);
        Assert.Equal(40, fit.Report.Rank);
        Assert.Equal(fit.Report.Rank == 40, fit.Report.Interpolates);
        Assert.Equal(fit.Report.SmallestRetained < FitReport.IllPosedRatio * fit.Report.LargestSingular, fit.Report.IllPosed);
        if (!fit.Report.IllPosed) Assert.True(Interpolation.RelativeResidual(z, fit.Coefficients, y) < 1e-8);
    }

    [Fact]
    public void PastThreshold_NGreaterThanM_IsLeastSquares_AndDoesNotInterpolate()
    {
        var z = Draw.GaussianMatrix(60, 25, 6);
        var y = Draw.Gaussian(60, 7);
        var fit = new MinNormInterpolator().Fit(z, y);
        Assert.Equal(25, fit.Report.Rank);
        Assert.False(fit.Report.Interpolates);
        // Least squares: the residual is orthogonal to the columns, Zᵀ(Zv − y) = 0.
        var normal = z.TransposeThisAndMultiply(z * fit.Coefficients - y);
        Assert.True(normal.L2Norm() < Tol * z.FrobeniusNorm() * y.L2Norm(), $"‖Zᵀr‖ = {normal.L2Norm():G3}");
        Assert.True(Interpolation.RelativeResidual(z, fit.Coefficients, y) > 0.1);
    }

    [Fact]
    public void DuplicatedColumns_GiveTheRankOfTheDistinctOnes()
    {
        var distinct = Draw.GaussianMatrix(30, 12, 8);
        var z = distinct.Append(distinct.SubMatrix(0, 30, 0, 7)); // 30×19, rank 12
        var y = Draw.Gaussian(30, 9);
        var fit = new MinNormInterpolator().Fit(z, y);
        Assert.Equal(12, fit.Report.Rank);
        Assert.False(fit.Report.Interpolates);
        Assert.False(fit.Report.IllPosed);
        // The minimum-norm solution splits a duplicated column's weight evenly between its copies.
        for (int j = 0; j < 7; j++) Assert.Equal(fit.Coefficients[j], fit.Coefficients[12 + j], 10);
    }

    [Theory]
    [InlineData(6, 2)]
    [InlineData(6, 4)]
    [InlineData(5, 7)]
    public void QuadraticNtkFeatures_HaveTheRankOfTheirSymmetricForms(int d, int k)
    {
        // f_A(x) = xᵀ(WᵀA)x: only the symmetric part of a rank-≤k d×d matrix counts (THEORY.md §1, "Fitting").
        int m = Math.Min(k, d);
        int expected = d * (d + 1) / 2 - (d - m) * (d - m + 1) / 2;
        int n = 3 * d * d; // more points than the span, so the rank is the span's dimension
        var map = new NeuralTangentMap(Draw.Weights(k, d, 10), Activation.Quadratic);
        var z = map.Features(Draw.Points(RobustMem.Data.InputLaw.Gaussian, n, d, 11));
        var fit = new MinNormInterpolator().Fit(z, Draw.Gaussian(n, 12));
        Assert.Equal(expected, fit.Report.Rank);
        Assert.True(expected < k * d, "the control on the formula: the span must be smaller than kd");
    }

    [Theory]
    [InlineData(1e-10, true)]
    [InlineData(1e-4, false)]
    public void NearlyDependentColumns_AreReportedIllPosed(double separation, bool illPosed)
    {
        // A column equal to another up to `separation`: its singular value ~separation·s_max is kept (above the
        // max(n,m)·ε cut-off) but below √ε ≈ 1.5e-8, so the digits of v are rounding. 1e-4 is the control.
        var z = Draw.GaussianMatrix(30, 10, 13);
        var g = Draw.Gaussian(30, 14);
        z.SetColumn(9, z.Column(8) + separation * g);
        var fit = new MinNormInterpolator().Fit(z, Draw.Gaussian(30, 15));
        Assert.Equal(10, fit.Report.Rank);
        Assert.Equal(illPosed, fit.Report.IllPosed);
        Assert.False(new MinNormInterpolator(1e-6).Fit(z, Draw.Gaussian(30, 15)).Report.IllPosed); // a ridge is never ill-posed
    }

    [Fact]
    public void NonFiniteLabels_AreRejected()
    {
        var z = Draw.GaussianMatrix(3, 4, 1);
        var y = Vector<double>.Build.Dense([1, double.NaN, 0]);
        Assert.Throws<ArgumentException>(() => new MinNormInterpolator().Fit(z, y));
    }
}

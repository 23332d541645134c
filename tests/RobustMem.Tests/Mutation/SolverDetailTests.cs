using RobustMem.Fit;
using RobustMem.Frontier;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Mutation;

/// <summary>
/// Tests written against the mutants that survived the first Stryker run (docs/results/mutation.md): the kernel solver's
/// eigen route on a singular Gram, the Cholesky route's reported eigenvalues, the Monte Carlo seminorm's exact
/// arithmetic, the report's scale invariance, and the frontier's ridge path against its definition.
/// </summary>
public sealed class SolverDetailTests
{
    private static readonly ManagedLinearAlgebra La = ManagedLinearAlgebra.Instance;

    // K = XXᵀ with n = 9 > d = 4: rank 4, singular, so Cholesky fails and the eigen route decides.
    private static (Matrix<double> K, Vector<double> Y) SingularGram()
    {
        var x = Draw.GaussianMatrix(9, 4, 11);
        return (x * x.Transpose(), Draw.Gaussian(9, 12));
    }

    [Fact]
    public void KernelFit_OnASingularGram_IsThePseudoInverseSolution()
    {
        var (k, y) = SingularGram();
        var fit = new KernelInterpolator(0, La).Fit(k, y);
        var expected = k.PseudoInverse() * y;
        Assert.Equal(4, fit.Report.Rank);
        Assert.False(fit.Report.Interpolates);
        Assert.True((fit.Alpha - expected).L2Norm() <= 1e-8 * expected.L2Norm(), $"gap {(fit.Alpha - expected).L2Norm():E2}");
    }

    [Fact]
    public void KernelFit_WithATinyRidgeOnASingularGram_SolvesTheShiftedSystem()
    {
        // nλ = 9e-9 against λ_max ≈ 40: (λ_min + nλ)/λ_max ≈ 2e-10 < 1e-8, so the Cholesky route declines and the eigen
        // route solves. Its backward error is ε·λ_max·‖α‖ with ‖α‖ ≈ ‖y‖/nλ: about 1e-6·‖y‖, hence the 1e-4 band.
        var (k, y) = SingularGram();
        const double ridge = 1e-9;
        var fit = new KernelInterpolator(ridge, La).Fit(k, y);
        var shifted = k + Matrix<double>.Build.DenseIdentity(9) * (9 * ridge);
        var residual = shifted * fit.Alpha - y;
        Assert.True(residual.L2Norm() <= 1e-4 * y.L2Norm(), $"residual {residual.L2Norm():E2}");
        Assert.False(fit.Report.Interpolates);   // a ridge never reports interpolation
    }

    [Fact]
    public void KernelFit_CholeskyRoute_ReportsTheGramsExtremeEigenvalues()
    {
        // K = Q diag(8, 4, 2, 1, 0.5) Qᵀ: well separated, so 60 power iterations converge far below 1e-4.
        var q = Draw.GaussianMatrix(5, 5, 3).QR().Q;
        var k = q * Matrix<double>.Build.DenseOfDiagonalArray([8, 4, 2, 1, 0.5]) * q.Transpose();
        k = (k + k.Transpose()) / 2;
        var fit = new KernelInterpolator(0, La).Fit(k, Draw.Gaussian(5, 4));
        Assert.Equal(8, fit.Report.LargestSingular, 1e-4);
        Assert.Equal(0.5, fit.Report.SmallestRetained, 1e-4);
        Assert.Equal(5 * FitReport.MachineEpsilon * 8, fit.Report.Cutoff, 1e-18);
        Assert.True(fit.Report.Interpolates);
        Assert.Equal(5, fit.Report.Rank);
    }

    [Fact]
    public void MonteCarloSeminorm_IsTheRootMeanSquaredGradient_WithItsDeltaMethodError()
    {
        // Rows (3, 4), (0, 0), (1, 0): squared norms 25, 0, 1; mean 26/3; sample variance with m − 1 = 2.
        var g = Matrix<double>.Build.DenseOfRowArrays([3.0, 4.0], [0.0, 0.0], [1.0, 0.0]);
        var estimate = SobolevSeminorm.MonteCarlo(g);
        double mean = 26.0 / 3, variance = ((25 - mean) * (25 - mean) + mean * mean + (1 - mean) * (1 - mean)) / 2;
        Assert.Equal(Math.Sqrt(mean), estimate.Value, 14);
        Assert.Equal(Math.Sqrt(variance / 3) / (2 * Math.Sqrt(mean)), estimate.StandardError, 14);
        Assert.Equal(3, estimate.Points);
        Assert.False(estimate.Exact);
        // Two points are enough; all-zero gradients have S = 0 and no error, not NaN.
        Assert.Equal(2, SobolevSeminorm.MonteCarlo(g.SubMatrix(0, 2, 0, 2)).Points);
        var zero = SobolevSeminorm.MonteCarlo(Matrix<double>.Build.Dense(4, 3));
        Assert.Equal((0.0, 0.0), (zero.Value, zero.StandardError));
        var exact = SobolevSeminorm.Exact(Matrix<double>.Build.DenseIdentity(2), Vector<double>.Build.DenseOfArray([3.0, 4.0]));
        Assert.Equal((5.0, 0.0, 0, true), (exact.Value, exact.StandardError, exact.Points, exact.Exact));
        var e = Assert.ThrowsAny<ArgumentException>(() => SobolevSeminorm.Exact(Matrix<double>.Build.Dense(2, 2, double.NaN), Vector<double>.Build.Dense(2)));
        Assert.Equal("C", e.ParamName);
    }

    [Fact]
    public void FitReport_IsScaleInvariant()
    {
        // A well-conditioned Z is neither rank-deficient nor ill-posed at any scale; the thresholds are relative to s_max.
        var z = Draw.GaussianMatrix(6, 10, 5);
        var y = Draw.Gaussian(6, 6);
        foreach (double scale in new[] { 1e-6, 1.0, 1e6 })
        {
            var report = new MinNormInterpolator(0, La).Fit(z * scale, y).Report;
            Assert.Equal((6, true, false), (report.Rank, report.Interpolates, report.IllPosed));
            Assert.Equal(10 * FitReport.MachineEpsilon * report.LargestSingular, report.Cutoff, 1e-30 + 1e-12 * report.Cutoff);
        }
    }

    [Fact]
    public void FrontierRidgePath_MatchesItsDefinition()
    {
        // v_μ = argmin ‖Zv − y‖² + μ vᵀCv = (ZᵀZ + μC)⁻¹Zᵀy: ε(μ) = ‖Zv_μ − y‖²/n and S(μ)² = v_μᵀCv_μ.
        var z = Draw.GaussianMatrix(8, 5, 7);
        var y = Draw.Gaussian(8, 8);
        var a = Draw.GaussianMatrix(5, 5, 9);
        var c = a * a.Transpose() + Matrix<double>.Build.DenseIdentity(5);
        var frontier = new TradeoffFrontier(z, c, y, La);
        foreach (double mu in new[] { 0.01, 1, 100 })
        {
            var v = (z.TransposeThisAndMultiply(z) + c * mu).Solve(z.TransposeThisAndMultiply(y));
            var r = z * v - y;
            Assert.Equal(r.DotProduct(r) / 8, frontier.TrainError(mu), 1e-10);
            Assert.Equal(v.DotProduct(c * v), frontier.SquaredSeminorm(mu), 1e-10);
        }
        // n > m: the class cannot interpolate; the minimal error is the least-squares residual.
        var ls = z.TransposeThisAndMultiply(z).Solve(z.TransposeThisAndMultiply(y));
        var rls = z * ls - y;
        Assert.Equal(rls.DotProduct(rls) / 8, frontier.MinimalError, 1e-10);
        Assert.Equal(5, frontier.CRank);
        Assert.True(double.IsNaN(frontier.AtZero));
    }

    [Fact]
    public void MinNormFit_OfAZeroFeatureMatrix_HasRankZero_AndZeroCoefficients()
    {
        var fit = new MinNormInterpolator(0, La).Fit(Matrix<double>.Build.Dense(4, 6), Draw.Gaussian(4, 1));
        Assert.Equal((0, false, false), (fit.Report.Rank, fit.Report.Interpolates, fit.Report.IllPosed));
        Assert.Equal(0, fit.Coefficients.L2Norm());
    }

    [Fact]
    public void Frontier_WithARankDeficientC_CountsOnlyItsRange()
    {
        // C = AAᵀ, A 6×2: rank 2; its four null eigenvalues come out of the eigensolver as ±1e-16 noise, which the
        // m·ε·λ_max floor must discard.
        var a = Draw.GaussianMatrix(6, 2, 13);
        var frontier = new TradeoffFrontier(Draw.GaussianMatrix(3, 6, 14), a * a.Transpose(), Draw.Gaussian(3, 15), La);
        Assert.Equal(2, frontier.CRank);
    }

    [Fact]
    public void SvdSolve_WithoutRidge_KeepsOnlyTheRankDirections()
    {
        // Z of rank 3 (12×8): v = Z⁺y, not Σ uᵢᵀy/sᵢ over round-off directions (which would be ~1e15 times larger).
        var z = Draw.GaussianMatrix(12, 3, 41) * Draw.GaussianMatrix(3, 8, 42);
        var y = Draw.Gaussian(12, 43);
        var fit = MinNormInterpolator.Solve(La.Svd(z), 12, 8, y, 0);
        var expected = z.PseudoInverse() * y;
        Assert.Equal(3, fit.Report.Rank);
        Assert.True((fit.Coefficients - expected).L2Norm() <= 1e-8 * expected.L2Norm(), $"gap {(fit.Coefficients - expected).L2Norm():E2}");
    }

    [Fact]
    public void KernelFit_OnAPositiveDefiniteButIllConditionedGram_IsIllPosed()
    {
        // K = Q diag(100 … 1e-8) Qᵀ: Cholesky succeeds, but λ_min/λ_max = 1e-10 < 1e-8, so the eigen route must decide,
        // and it says ill-posed (1e-10 < √ε). A Cholesky answer here would claim a well-posed fit.
        const int n = 12;
        var q = Draw.GaussianMatrix(n, n, 44).QR().Q;
        var values = Vector<double>.Build.Dense(n, i => 100 * Math.Pow(1e-10, i / (n - 1.0)));
        var k = q * Matrix<double>.Build.DenseOfDiagonalVector(values) * q.Transpose();
        k = (k + k.Transpose()) / 2;
        La.Cholesky(k); // the premise: positive definite in floating point
        var fit = new KernelInterpolator(0, La).Fit(k, Draw.Gaussian(n, 45));
        Assert.True(fit.Report.IllPosed, $"smallest {fit.Report.SmallestRetained:E2}, largest {fit.Report.LargestSingular:E2}");
        Assert.Equal(1e-8, fit.Report.SmallestRetained, 1e-10); // the eigen route's exact value, not an estimate
    }

    [Fact]
    public void QrRoute_ReportsTheSmallestSingularValue()
    {
        // Square Z with singular values 1 … 0.01 (log-spaced): certified, so the QR route answers; its report's
        // s_min comes from power iteration on R⁻ᵀR⁻¹, a Rayleigh quotient of 1/s², so never below the truth.
        const int n = 20;
        var u = Draw.GaussianMatrix(n, n, 46).QR().Q;
        var v = Draw.GaussianMatrix(n, n, 47).QR().Q;
        var s = Vector<double>.Build.Dense(n, i => Math.Pow(0.01, i / (n - 1.0)));
        var z = u * Matrix<double>.Build.DenseOfDiagonalVector(s) * v.Transpose();
        var fit = new MinNormInterpolator(0, La).Fit(z, Draw.Gaussian(n, 48));
        Assert.InRange(fit.Report.SmallestRetained, 0.01, 0.01 * 1.05);
        Assert.InRange(fit.Report.LargestSingular, 1 / 1.05, 1.0 + 1e-12);
    }

    [Fact]
    public void IllPosedFit_StillReturnsThePseudoInverseSolution()
    {
        // Uncertified (cond 1e9, 30×34): dgelsd with the max(n, m)·ε cut-off keeps every direction; the solution is
        // V diag(1/s) Uᵀy to ε·cond ≈ 1e-7 relative. Reported ill-posed, but the vector is still the right one.
        var u = Draw.GaussianMatrix(30, 30, 49).QR().Q;
        var v = Draw.GaussianMatrix(34, 30, 50).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q;
        var s = Vector<double>.Build.Dense(30, i => Math.Pow(1e-9, i / 29.0));
        var z = u * Matrix<double>.Build.DenseOfDiagonalVector(s) * v.Transpose();
        var y = Draw.Gaussian(30, 51);
        var fit = new MinNormInterpolator().Fit(z, y);
        var expected = v * (u.TransposeThisAndMultiply(y) / s);
        Assert.True(fit.Report.IllPosed);
        Assert.True((fit.Coefficients - expected).L2Norm() <= 1e-5 * expected.L2Norm(), $"gap {(fit.Coefficients - expected).L2Norm() / expected.L2Norm():E2}");
    }

    [Fact]
    public void PowerIteration_OfTheZeroOperator_IsZero_AndOfADiagonalItsLargestEntry()
    {
        Assert.Equal(0, PowerIteration.Largest(v => v * 0, 4));
        var d = Matrix<double>.Build.DenseOfDiagonalArray([4, 2, 1]);
        Assert.Equal(4, PowerIteration.Largest(v => d * v, 3), 1e-5);
    }

    [Fact]
    public void NearTheThreshold_ASingularValueBelowTheCutoff_IsDropped()
    {
        // 30×34 with s₃₀ = 10ε·s_max: below the max(n, m)·ε = 34ε cut-off, so v = Z⁺y over the other 29 directions.
        // (LAPACK's dlalsd reads rcond ≥ 1 as ε, so a wrong rcond shows up only as a kept 1/(10ε) direction, ~1e14 large.)
        var u = Draw.GaussianMatrix(30, 30, 52).QR().Q;
        var v = Draw.GaussianMatrix(34, 30, 53).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q;
        var s = Vector<double>.Build.Dense(30, i => i < 29 ? Math.Pow(1e-3, i / 28.0) : 10 * FitReport.MachineEpsilon);
        var z = u * Matrix<double>.Build.DenseOfDiagonalVector(s) * v.Transpose();
        var y = Draw.Gaussian(30, 54);
        var fit = new MinNormInterpolator().Fit(z, y);
        var kept = Vector<double>.Build.Dense(30, i => i < 29 ? u.Column(i).DotProduct(y) / s[i] : 0);
        var expected = v * kept;
        Assert.Equal(29, fit.Report.Rank);
        Assert.False(fit.Report.IllPosed);
        Assert.True((fit.Coefficients - expected).L2Norm() <= 1e-6 * expected.L2Norm(), $"gap {(fit.Coefficients - expected).L2Norm() / expected.L2Norm():E2}");
    }
}

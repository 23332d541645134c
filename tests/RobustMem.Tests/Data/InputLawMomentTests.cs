using RobustMem.Data;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Data;

/// <summary>Every input law is isotropic at the paper's scale: E x = 0 and E xxᵀ = I/d, so E‖x‖² = 1 (THEORY.md §1).</summary>
public sealed class InputLawMomentTests
{
    private const int D = 4, Samples = 20_000;

    /// <summary>
    /// Each of the d + d(d+1)/2 + 1 = 15 moments must be within 5 standard errors (estimated from the sample):
    /// a two-sided 5σ band has false-failure rate 5.7e-7 per moment, under 1e-5 for all 15 (Bonferroni).
    /// </summary>
    private const double Sigmas = 5;

    public static TheoryData<InputLaw> Laws => new(Draw.Laws);

    [Theory, MemberData(nameof(Laws))]
    public void Moments_AreIsotropicWithUnitMeanSquaredNorm(InputLaw law)
    {
        var x = Draw.Points(law, Samples, D, 1);
        var found = Violations(x, law.Moments(D));
        Assert.True(found.Count == 0, $"{law}: {string.Join("; ", found)}");
    }

    [Fact]
    public void UnitVarianceCoordinates_AreRejected()
    {
        // Control: N(0, I) instead of N(0, I/d), i.e. E‖x‖² = d.
        var x = Draw.Points(InputLaw.Gaussian, Samples, D, 1) * Math.Sqrt(D);
        Assert.NotEmpty(Violations(x, InputLaw.Gaussian.Moments(D)));
    }

    [Fact]
    public void LaplaceWithScaleOneOverRootD_IsRejected()
    {
        // Control: Laplace(b = 1/√d) has variance 2/d, the usual slip of taking b for the standard deviation.
        var x = Draw.Points(InputLaw.Laplace, Samples, D, 1) * Math.Sqrt(2);
        Assert.NotEmpty(Violations(x, InputLaw.Laplace.Moments(D)));
    }

    [Fact]
    public void ShiftedMean_IsRejected()
    {
        var x = Draw.Points(InputLaw.Cube, Samples, D, 1);
        for (int i = 0; i < Samples; i++) x[i, 0] += 0.05; // 14 standard errors (sd 1/2, n = 20 000)
        Assert.NotEmpty(Violations(x, InputLaw.Cube.Moments(D)));
    }

    [Fact]
    public void Sphere_HasUnitNormExactly()
    {
        var x = Draw.Points(InputLaw.Sphere, 100, 7, 1);
        Assert.All(x.EnumerateRows(), r => Assert.Equal(1, r.L2Norm(), 14));
    }

    // Moments outside Sigmas standard errors of what the law promises, each described.
    internal static List<string> Violations(Matrix<double> x, LawMoments expected)
    {
        int n = x.RowCount, d = x.ColumnCount;
        var found = new List<string>();
        void Check(string name, Func<int, double> sample, double expected)
        {
            double mean = 0, square = 0;
            for (int i = 0; i < n; i++) { double s = sample(i); mean += s; square += s * s; }
            mean /= n;
            double se = Math.Sqrt(Math.Max(square / n - mean * mean, 0) / (n - 1));
            double z = (mean - expected) / Math.Max(se, 1e-300);
            if (Math.Abs(z) > Sigmas) found.Add($"{name} = {mean:G4} (expected {expected:G4}, z = {z:F1})");
        }
        for (int l = 0; l < d; l++) { int c = l; Check($"E x{c}", i => x[i, c], expected.CoordinateMean); }
        for (int l = 0; l < d; l++)
            for (int m = l; m < d; m++) { int a = l, b = m; Check($"E x{a}x{b}", i => x[i, a] * x[i, b], a == b ? expected.CoordinateVariance : 0); }
        // A constant ‖x‖² (the sphere) has zero spread: compare every draw directly.
        var norms = Enumerable.Range(0, n).Select(i => x.Row(i).DotProduct(x.Row(i))).ToArray();
        if (expected.NormIsConstant) { if (norms.Any(v => Math.Abs(v - expected.MeanSquaredNorm) > 1e-12)) found.Add($"‖x‖² from {norms.Min()} to {norms.Max()}, expected {expected.MeanSquaredNorm} on every draw"); }
        else Check("E‖x‖²", i => norms[i], expected.MeanSquaredNorm);
        return found;
    }
}

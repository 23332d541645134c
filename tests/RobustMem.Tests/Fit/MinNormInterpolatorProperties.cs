using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RobustMem.Fit;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Fit;

/// <summary>The min-norm solver over random shapes: below the threshold it is the min-norm interpolator, past it least squares.</summary>
public sealed class MinNormInterpolatorProperties
{
    /// <summary>(n, m, seed) with n &lt; m by construction (in the generator, not a filter), small n visited more often.</summary>
    private static Arbitrary<(int N, int M, int Seed)> BelowThreshold() => Arb.From(
        from n in Gen.Frequency((3, Gen.Choose(1, 8)), (1, Gen.Choose(9, 40)))
        from extra in Gen.Choose(1, 30)
        from seed in Gen.Choose(0, 10_000)
        select (n, n + extra, seed));

    [Property(MaxTest = 60)]
    public Property BelowThreshold_IsTheMinNormInterpolator() => Prop.ForAll(BelowThreshold(), c =>
    {
        var z = Draw.GaussianMatrix(c.N, c.M, c.Seed);
        var y = Draw.Gaussian(c.N, c.Seed + 1);
        var fit = new MinNormInterpolator().Fit(z, y);
        bool ok = Interpolation.IsMinNormInterpolator(z, y, fit.Coefficients, 1e-8, out var detail);
        return (ok && fit.Report.Rank == c.N && fit.Report.Interpolates).Label($"n={c.N} m={c.M} seed={c.Seed}: rank {fit.Report.Rank}, {detail}");
    });

    [Property(MaxTest = 60)]
    public Property PastThreshold_IsLeastSquares() => Prop.ForAll(BelowThreshold(), c =>
    {
        // Swap the roles: n = the larger, m = the smaller, so n > m.
        var z = Draw.GaussianMatrix(c.M, c.N, c.Seed);
        var y = Draw.Gaussian(c.M, c.Seed + 1);
        var fit = new MinNormInterpolator().Fit(z, y);
        double normal = z.TransposeThisAndMultiply(z * fit.Coefficients - y).L2Norm() / (z.FrobeniusNorm() * y.L2Norm());
        return (normal < 1e-10 && fit.Report.Rank == c.N && !fit.Report.Interpolates).Label($"n={c.M} m={c.N} seed={c.Seed}: rank {fit.Report.Rank}, ‖Zᵀr‖ {normal:G3}");
    });
}

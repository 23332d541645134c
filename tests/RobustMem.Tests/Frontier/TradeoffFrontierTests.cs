using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Fit;
using RobustMem.Frontier;
using RobustMem.Seminorm;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Frontier;

/// <summary>S*(ε)² = min vᵀCv subject to ‖Zv − y‖² ≤ nε (THEORY.md §4), on a small RF relu problem with exact C.</summary>
public sealed class TradeoffFrontierTests
{
    private const int D = 10, K = 30, N = 20;

    [Fact]
    public void AtZero_IsTheDirectFormula()
    {
        var (z, c, y) = Problem();
        Assert.True(MatchesDirect(new TradeoffFrontier(z, c, y), z, c, y, out var detail), detail);
    }

    [Fact]
    public void IdentityMetric_IsRejectedByTheDirectFormula()
    {
        // Control: the frontier of ‖v‖ (C = I, the min-norm problem) is not that of vᵀCv.
        var (z, c, y) = Problem();
        var wrong = new TradeoffFrontier(z, Matrix<double>.Build.DenseIdentity(K), y);
        Assert.False(MatchesDirect(wrong, z, c, y, out var detail), detail);
    }

    [Fact]
    public void Frontier_IsNonIncreasingInEpsilon()
    {
        var (z, c, y) = Problem();
        var frontier = new TradeoffFrontier(z, c, y);
        double top = y.DotProduct(y) / N;
        var values = Enumerable.Range(0, 41).Select(i => frontier.At(top * i / 40.0)).ToArray();
        Assert.True(NonIncreasing(values), string.Join(", ", values.Select(v => v.ToString("G4"))));
        Assert.Equal(0, values[^1]);
        Assert.True(values[0] > 0);
        // Control: the same values read in the other direction are rejected by the same check.
        Assert.False(NonIncreasing(values.Reverse().ToArray()));
    }

    [Theory]
    [InlineData(1e-4)]
    [InlineData(1e-2)]
    [InlineData(1)]
    public void Frontier_IsBelowRidge_AtTheRidgeTrainingError(double lambda)
    {
        // The ridge fit is one member of the class, so it cannot beat the frontier at its own training error.
        var (z, c, y) = Problem();
        var frontier = new TradeoffFrontier(z, c, y);
        var v = new MinNormInterpolator(lambda).Fit(z, y).Coefficients;
        double error = (z * v - y).DotProduct(z * v - y) / N;
        double ridgeS = SobolevSeminorm.Exact(c, v).Value;
        Assert.True(frontier.At(error) <= ridgeS * (1 + 1e-9), $"λ = {lambda}: S*(ε = {error:G4}) = {frontier.At(error):G6} > S(ridge) = {ridgeS:G6}");
    }

    [Fact]
    public void AtZero_IsBelowMinNorm_AndAWrongScaleIsRejected()
    {
        var (z, c, y) = Problem();
        var minNorm = new MinNormInterpolator().Fit(z, y).Coefficients;
        double sMinNorm = SobolevSeminorm.Exact(c, minNorm).Value;
        double atZero = new TradeoffFrontier(z, c, y).AtZero;
        Assert.True(atZero <= sMinNorm * (1 + 1e-9), $"S*(0) = {atZero} > S(min-norm) = {sMinNorm}");
        // Control: C without its 1/k scales S* by √k = 5.5, above the measured tightness S(min-norm)/S*(0).
        double wrong = new TradeoffFrontier(z, c * K, y).AtZero;
        Assert.False(wrong <= sMinNorm * (1 + 1e-9), $"C·k frontier {wrong} below S(min-norm) {sMinNorm}: tightness {sMinNorm / atZero:F2}");
    }

    [Fact]
    public void PastTheThreshold_FrontierReportsTheMinimalError()
    {
        // n > k: no interpolation; AtZero is NaN and the minimal error is the least-squares residual.
        var map = new RandomFeatureMap(Draw.Weights(8, D, 1), Activation.Relu);
        var x = Draw.Points(InputLaw.Sphere, N, D, 2);
        var z = map.Features(x);
        var y = Draw.Gaussian(N, 3);
        var frontier = new TradeoffFrontier(z, SeminormMatrix.ExactRandomFeature(map), y);
        Assert.True(double.IsNaN(frontier.AtZero));
        var ls = new MinNormInterpolator().Fit(z, y).Coefficients;
        double lsError = (z * ls - y).DotProduct(z * ls - y) / N;
        Assert.Equal(lsError, frontier.MinimalError, 10);
    }

    private static bool MatchesDirect(TradeoffFrontier frontier, Matrix<double> z, Matrix<double> c, Vector<double> y, out string detail)
    {
        // yᵀ(ZC⁻¹Zᵀ)⁻¹y by two dense solves, independent of the frontier's whitening and SVD.
        var inner = z * c.Solve(z.Transpose());
        double direct = Math.Sqrt(y.DotProduct(inner.Solve(y)));
        double relative = Math.Abs(frontier.AtZero - direct) / direct;
        detail = $"S*(0) = {frontier.AtZero:G10}, direct {direct:G10}, relative gap {relative:G3}";
        return relative < 1e-8;
    }

    private static bool NonIncreasing(double[] values)
    {
        for (int i = 1; i < values.Length; i++) if (values[i] > values[i - 1] * (1 + 1e-12)) return false;
        return true;
    }

    private static (Matrix<double> Z, Matrix<double> C, Vector<double> Y) Problem()
    {
        var map = new RandomFeatureMap(Draw.Weights(K, D, 1), Activation.Relu);
        var train = Dataset.Draw(InputLaw.Sphere, N, D, 1, new RandomStreams(2));
        return (map.Features(train.X), SeminormMatrix.ExactRandomFeature(map), train.Y);
    }
}

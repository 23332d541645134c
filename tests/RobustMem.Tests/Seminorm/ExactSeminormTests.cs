using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.Seminorm;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Seminorm;

/// <summary>
/// The exact RF seminorm √(vᵀCv), C = (1/k)(WWᵀ) ⊙ E[σ′σ′ᵀ] in closed form, against Monte Carlo over fresh points.
/// </summary>
public sealed class ExactSeminormTests
{
    private const int D = 12, K = 40, MonteCarloPoints = 4000;

    /// <summary>
    /// |exact − MC| ≤ 4 standard errors: a two-sided 4σ band, false-failure rate 6e-5 if the z-score is normal;
    /// <see cref="ZScores_AreStandardNormal"/> checks that it is.
    /// </summary>
    private const double Sigmas = 4;

    public static TheoryData<string, InputLaw> Cases() => new()
    {
        { "relu", InputLaw.Sphere }, { "relu", InputLaw.Gaussian }, { "abs", InputLaw.Sphere }, { "abs", InputLaw.Gaussian },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Exact_AgreesWithMonteCarlo(string activation, InputLaw law)
    {
        var (map, v, mc) = Run(activation, law, seed: 0);
        double exact = SobolevSeminorm.Exact(SeminormMatrix.ExactRandomFeature(map), v).Value;
        Assert.True(WithinBand(exact, mc, out var z), $"{activation} {law}: exact {exact:G6}, MC {mc.Value:G6} ± {mc.StandardError:G3} (z = {z:F2})");
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("abs")]
    public void WithoutOneOverK_IsRejected(string activation)
    {
        var (map, v, mc) = Run(activation, InputLaw.Sphere, seed: 0);
        var wrong = SeminormMatrix.ExactRandomFeature(map) * K;
        Assert.False(WithinBand(SobolevSeminorm.Exact(wrong, v).Value, mc, out var z), $"C without 1/k accepted (z = {z:F2})");
    }

    [Fact]
    public void ReluFormulaForAbs_IsRejected()
    {
        var (map, v, mc) = Run("abs", InputLaw.Sphere, seed: 0);
        var reluC = SeminormMatrix.ExactRandomFeature(new RandomFeatureMap(map.Weights, Activation.Relu));
        Assert.False(WithinBand(SobolevSeminorm.Exact(reluC, v).Value, mc, out var z), $"relu C for abs accepted (z = {z:F2})");
    }

    [Fact]
    public void ZScores_AreStandardNormal()
    {
        // 40 seeds, relu and abs on the sphere: a correct C and standard error give |z| > 2 in ~4.6% of runs.
        // Accept 0..8 of 80 (binomial P(X > 8) = 0.4% at p = 0.046), and a mean z² in [0.5, 1.6].
        var zs = new List<double>();
        for (int seed = 1; seed <= 40; seed++)
            foreach (var a in new[] { "relu", "abs" })
            {
                var (map, v, mc) = Run(a, InputLaw.Sphere, seed, points: 1000);
                WithinBand(SobolevSeminorm.Exact(SeminormMatrix.ExactRandomFeature(map), v).Value, mc, out var z);
                zs.Add(z);
            }
        int outside = zs.Count(z => Math.Abs(z) > 2);
        double meanSquare = zs.Average(z => z * z);
        Assert.True(outside <= 8 && meanSquare is > 0.5 and < 1.6, $"{outside}/80 beyond 2σ, mean z² {meanSquare:F2}");
    }

    [Fact]
    public void ExactForm_OnlyForReluAndAbsUnderRotationInvariantLaws()
    {
        var w = Draw.Weights(K, D, 1);
        Assert.True(SeminormMatrix.HasExactForm(new RandomFeatureMap(w, Activation.Relu), InputLaw.Gaussian));
        Assert.False(SeminormMatrix.HasExactForm(new RandomFeatureMap(w, Activation.Relu), InputLaw.Cube));
        Assert.False(SeminormMatrix.HasExactForm(new RandomFeatureMap(w, Activation.Erf), InputLaw.Sphere));
        Assert.Throws<NotSupportedException>(() => SeminormMatrix.ExactRandomFeature(new RandomFeatureMap(w, Activation.Tanh)));
    }

    [Fact]
    public void MonteCarloMatrix_AgreesWithExact()
    {
        // C from stacked Jacobians over 4000 points, against the closed form: entries agree to a few 1/√M.
        var map = new RandomFeatureMap(Draw.Weights(K, D, 1), Activation.Relu);
        var points = Draw.TestPoints(InputLaw.Sphere, MonteCarloPoints, D, 2);
        var gap = MatrixGap.Of(SeminormMatrix.MonteCarlo(map, points), SeminormMatrix.ExactRandomFeature(map));
        Assert.True(gap.RelativeFrobenius < 0.05, gap.ToString());
    }

    internal static bool WithinBand(double exact, SeminormEstimate mc, out double z)
    {
        z = (exact - mc.Value) / mc.StandardError;
        return Math.Abs(z) <= Sigmas;
    }

    private static (RandomFeatureMap Map, Vector<double> V, SeminormEstimate MonteCarlo) Run(string activation, InputLaw law, int seed, int points = MonteCarloPoints)
    {
        var map = new RandomFeatureMap(Draw.Weights(K, D, seed), Activation.Parse(activation));
        var v = Draw.Gaussian(K, seed + 100);
        var x = Draw.TestPoints(law, points, D, seed + 200);
        return (map, v, SobolevSeminorm.MonteCarlo(map.Gradients(x, v)));
    }
}

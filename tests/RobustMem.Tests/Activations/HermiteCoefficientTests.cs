using RobustMem.Activations;

namespace RobustMem.Tests.Activations;

/// <summary>μ₁ = E[g σ(g)] by Gauss–Hermite quadrature against closed forms, and the rule itself against Gaussian moments.</summary>
public sealed class HermiteCoefficientTests
{
    public static TheoryData<string, double> ClosedForms => new()
    {
        { "relu", 0.5 },
        { "abs", 0 },
        { "erf", 2 / Math.Sqrt(3 * Math.PI) },
        { "quadratic", 0 },
        { "cos", 0 },
        { "softplus", 0.5 },
    };

    [Theory, MemberData(nameof(ClosedForms))]
    public void LinearCoefficient_MatchesClosedForm(string name, double expected)
    {
        double mu1 = Activation.Parse(name).LinearCoefficient;
        Assert.True(Math.Abs(mu1 - expected) < 1e-12, $"{name}: μ₁ = {mu1:R}, closed form {expected:R}");
    }

    [Fact]
    public void LinearCoefficient_OfTanh_IsEOfSechSquared()
    {
        // No closed form; Stein's E[g tanh g] = E[1 − tanh² g], the second computed by the same rule, and a 400-point trapezoid.
        double mu1 = Activation.Tanh.LinearCoefficient;
        double stein = GaussHermite.Rule(100).Expect(Activation.Tanh.First);
        // 100 points: the two agree to 7e-12 (tanh has poles at ±iπ/2, so the rule converges more slowly than for erf).
        Assert.True(Math.Abs(stein - mu1) < 1e-10, $"E[g tanh g] = {mu1:R}, E[sech² g] = {stein:R}");
        double h = 0.025, trapezoid = 0;
        for (int i = -400; i <= 400; i++) { double g = i * h; trapezoid += h * g * Math.Tanh(g) * Math.Exp(-g * g / 2) / Math.Sqrt(2 * Math.PI); }
        Assert.True(Math.Abs(trapezoid - mu1) < 1e-10, $"E[g tanh g] = {mu1:R}, trapezoid {trapezoid:R}");
        Assert.InRange(mu1, 0.6, 0.61);
    }

    [Fact]
    public void EveryActivation_HasAFiniteLinearCoefficient_NonZeroExactlyWhenNotEven()
    {
        foreach (var a in Activation.Every)
        {
            double mu1 = a.LinearCoefficient;
            Assert.True(double.IsFinite(mu1), a.Name);
            Assert.True(a.IsEven ? Math.Abs(mu1) < 1e-14 : mu1 > 0.1, $"{a.Name}: μ₁ = {mu1}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(100)]
    public void Rule_ReproducesGaussianMoments(int n)
    {
        var rule = GaussHermite.Rule(n);
        // E[g^{2m}] = (2m − 1)!!, exact for 2m ≤ 2n − 1.
        double doubleFactorial = 1;
        for (int m = 0; 2 * m <= 2 * n - 1 && m <= 10; m++)
        {
            if (m > 0) doubleFactorial *= 2 * m - 1;
            double moment = rule.Expect(g => Math.Pow(g, 2 * m));
            Assert.True(Math.Abs(moment / doubleFactorial - 1) < 1e-10, $"n={n}: E[g^{2 * m}] = {moment}, expected {doubleFactorial}");
            double odd = rule.Expect(g => Math.Pow(g, 2 * m + 1));
            Assert.True(Math.Abs(odd) <= 1e-13 * doubleFactorial * (2 * m + 1), $"n={n}: E[g^{2 * m + 1}] = {odd}");
        }
    }

    [Fact]
    public void QuadraticCoefficients_AreThoseOfHalfZSquared()
    {
        // z²/2 = (He_0 + He_2)/2: μ₀ = 1/2, μ₂ = E[(z²/2)(z² − 1)] = 1, so quadratic is z²/2 and not z².
        Assert.Equal(0.5, HermiteCoefficients.Coefficient(Activation.Quadratic, 0), 12);
        Assert.Equal(1, HermiteCoefficients.Coefficient(Activation.Quadratic, 2), 12);
        Assert.Equal(0.25, Activation.Quadratic.Value(Math.Sqrt(0.5)), 15);
    }
}

using RobustMem.Activations;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Activations;

/// <summary>σ′ and σ″ of every activation against central differences of σ and σ′, away from the kinks of relu and abs.</summary>
public sealed class ActivationDerivativeTests
{
    // h = 1e-5: truncation h²σ‴/6 ≲ 1e-10 and round-off ε/h ≈ 2e-11 for |σ| ≲ 3; a wrong derivative is off by O(1).
    private const double Step = 1e-5;
    private const double Tol = 1e-8;

    // Every point is at least 0.03 ≫ h from the kink at 0, so relu and abs are smooth on [z − h, z + h].
    private static readonly double[] Points = [-2.7, -1.3, -0.6, -0.2, -0.03, 0.04, 0.25, 0.8, 1.6, 3.1];

    public static TheoryData<string> Names => new(Activation.Every.Select(a => a.Name));

    [Theory, MemberData(nameof(Names))]
    public void First_IsCentralDifferenceOfValue(string name)
    {
        var a = Activation.Parse(name);
        Assert.True(Matches(a.First, a.Value, out var worst), $"{name}: σ′ off by {worst:G3}");
    }

    [Theory, MemberData(nameof(Names))]
    public void Second_IsCentralDifferenceOfFirst(string name)
    {
        var a = Activation.Parse(name);
        Assert.True(Matches(a.Second, a.First, out var worst), $"{name}: σ″ off by {worst:G3}");
    }

    [Theory]
    [InlineData("erf")]
    [InlineData("tanh")]
    [InlineData("quadratic")]
    [InlineData("cos")]
    [InlineData("softplus")]
    public void WrongSignCurvature_IsRejected(string name)
    {
        var broken = new DistortedActivation(Activation.Parse(name), secondScale: -1);
        Assert.False(Matches(broken.Second, broken.First, out var worst), $"{name} with −σ″ passed (worst {worst:G3})");
    }

    [Theory, MemberData(nameof(Names))]
    public void WrongScaleSlope_IsRejected(string name)
    {
        var broken = new DistortedActivation(Activation.Parse(name), firstScale: 1.01);
        Assert.False(Matches(broken.First, broken.Value, out var worst), $"{name} with 1.01σ′ passed (worst {worst:G3})");
    }

    [Fact]
    public void Parse_IsCaseInsensitive_AndRejectsUnknownNames()
    {
        Assert.Same(Activation.Relu, Activation.Parse("ReLU"));
        var e = Assert.Throws<ArgumentException>(() => Activation.Parse("swish"));
        Assert.Contains("relu", e.Message);
    }

    [Fact]
    public void All_IsStillDohmatobsFive_SoTheCalibratedGeneratorsDrawTheSameRegimes()
    {
        Assert.Equal(["relu", "abs", "erf", "tanh", "quadratic"], Activation.All.Select(a => a.Name));
        Assert.Equal(["cos", "softplus"], Activation.SharperLaws.Select(a => a.Name));
        Assert.Same(Activation.Softplus, Activation.Parse("SoftPlus"));
    }

    [Fact]
    public void EvenActivations_AreAbsQuadraticAndCos()
    {
        Assert.Equal(["abs", "quadratic", "cos"], Activation.Every.Where(a => a.IsEven).Select(a => a.Name));
        foreach (var a in Activation.Every.Where(a => a.IsEven))
            foreach (var z in Points) Assert.Equal(a.Value(z), a.Value(-z), 15);
    }

    // |analytic − (f(z+h) − f(z−h))/2h| ≤ Tol·(1 + |FD|) at every point.
    private static bool Matches(Func<double, double> derivative, Func<double, double> f, out double worst)
    {
        worst = 0;
        foreach (var z in Points)
        {
            double fd = (f(z + Step) - f(z - Step)) / (2 * Step);
            worst = Math.Max(worst, Math.Abs(derivative(z) - fd) / (1 + Math.Abs(fd)));
        }
        return worst <= Tol;
    }
}

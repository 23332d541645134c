using RobustMem.Activations;

namespace RobustMem.Tests.Activations;

/// <summary>Lip(σ) = sup |σ′|, checked against σ′ on a grid and σ's own difference quotients, not against a second table.</summary>
public sealed class ActivationLipschitzTests
{
    public static TheoryData<string> Bounded() => new(Activation.Every.Where(a => double.IsFinite(a.Lipschitz)).Select(a => a.Name));

    // z ∈ [−20, 20] in steps of 1e-3: every σ′ here peaks inside it (at 0, at ±π/2, or tends to 1 at +∞, softplus).
    private static readonly double[] Grid = Enumerable.Range(-20_000, 40_001).Select(i => i * 1e-3).ToArray();

    [Theory, MemberData(nameof(Bounded))]
    public void Lipschitz_BoundsTheSlope_AndIsAttained(string name)
    {
        var sigma = Activation.Parse(name);
        double peak = Grid.Max(z => Math.Abs(sigma.First(z)));
        Assert.True(peak <= sigma.Lipschitz * (1 + 1e-12), $"{name}: |σ′| reaches {peak:R} > Lip = {sigma.Lipschitz:R}");
        Assert.True(peak >= sigma.Lipschitz * (1 - 1e-6), $"{name}: sup |σ′| on the grid is {peak:R}, well below Lip = {sigma.Lipschitz:R}");
        double quotient = Grid.Zip(Grid.Skip(1), (a, b) => Math.Abs(sigma.Value(b) - sigma.Value(a)) / (b - a)).Max();
        Assert.True(quotient <= sigma.Lipschitz * (1 + 1e-9), $"{name}: a difference quotient of σ is {quotient:R}");
    }

    [Fact]
    public void Quadratic_HasNoFiniteLipschitzConstant() => Assert.Equal(double.PositiveInfinity, Activation.Quadratic.Lipschitz);

    [Fact]
    public void Erf_IsTwoOverRootPi() => Assert.Equal(2 / Math.Sqrt(Math.PI), Activation.Erf.Lipschitz, 15);
}

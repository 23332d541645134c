using RobustMem.Data;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Kernels;

/// <summary>
/// ∇_x of f(x) = Σ_i α_i K(x_i, x) against central differences, for every closed-form kernel, on the sphere and
/// on non-spherical laws: the kernels depend on ‖x‖, and the ambient gradient carries that norm term.
/// </summary>
public sealed class KernelGradientTests
{
    private const int D = 5, N = 8, Points = 4;

    public static TheoryData<string, string, InputLaw> Cases()
    {
        var data = new TheoryData<string, string, InputLaw>();
        foreach (var model in new[] { "rf", "ntk" })
            foreach (var a in Support.Kernels.Closed)
                foreach (var law in new[] { InputLaw.Sphere, InputLaw.Gaussian, InputLaw.Laplace })
                    data.Add(model, a, law);
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public void Gradient_IsCentralDifference(string model, string activation, InputLaw law)
    {
        var kernel = Support.Kernels.Create(model, activation, D);
        Assert.True(PassesGradientCheck(kernel, law, out var error), $"{kernel.Name} {law}: relative error {error:G3}");
    }

    [Theory]
    [InlineData("rf", "relu")]
    [InlineData("rf", "abs")]
    [InlineData("rf", "erf")]
    [InlineData("ntk", "relu")]
    [InlineData("ntk", "erf")]
    public void WithoutNormTerm_IsRejected(string model, string activation)
    {
        // Control: quadratic NTK (K = ⟨x,x′⟩²/d) has no norm term, so it is not listed; every kernel above has one.
        var kernel = new NormTermDroppedKernel(Support.Kernels.Create(model, activation, D), D);
        Assert.False(PassesGradientCheck(kernel, InputLaw.Gaussian, out var error), $"{kernel.Name}: accepted, relative error {error:G3}");
    }

    [Theory]
    [InlineData("rf", "relu")]
    [InlineData("ntk", "abs")]
    [InlineData("rf", "erf")]
    public void Gram_IsSymmetric(string model, string activation)
    {
        var kernel = Support.Kernels.Create(model, activation, D);
        var x = Draw.Points(InputLaw.Laplace, N, D, 1);
        var gram = kernel.Gram(x, x);
        Assert.True((gram - gram.Transpose()).FrobeniusNorm() <= 1e-14 * gram.FrobeniusNorm());
    }

    internal static bool PassesGradientCheck(RobustMem.Kernels.IKernel kernel, InputLaw law, out double error)
    {
        var train = Draw.Points(law, N, D, 1);
        var alpha = Draw.Gaussian(N, 2);
        var x = Draw.TestPoints(law, Points, D, 3);
        return FiniteDifference.Accepts(kernel.Gradients(train, alpha, x), p => kernel.Gram(p, train) * alpha, x, out error);
    }
}

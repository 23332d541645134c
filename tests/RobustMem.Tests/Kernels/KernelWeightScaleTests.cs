using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Kernels;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Kernels;

/// <summary>
/// The kernels of cos (closed form) and of tanh and softplus (Gauss–Hermite quadrature), and every kernel at the sharper
/// laws' weight scale s = 1, against ΦΦᵀ at growing width, with the same rate band as <see cref="KernelConvergenceTests"/>.
/// </summary>
public sealed class KernelWeightScaleTests
{
    private const int D = 8;

    public static TheoryData<string, string, InputLaw, double> Cases()
    {
        var data = new TheoryData<string, string, InputLaw, double>();
        foreach (var model in new[] { "rf", "ntk" })
        {
            foreach (var a in new[] { "cos" }.Concat(Support.Kernels.Quadrature))
                foreach (var law in new[] { InputLaw.Sphere, InputLaw.Gaussian })
                    data.Add(model, a, law, 0);
            foreach (var a in Support.Kernels.Closed.Concat(Support.Kernels.Quadrature))
                data.Add(model, a, InputLaw.Gaussian, 1);
        }
        return data;
    }

    /// <param name="weightSd">s; 0 stands for the default 1/√d (TheoryData cannot hold a null double).</param>
    [Theory, MemberData(nameof(Cases))]
    public void FiniteGram_ConvergesAtRootK(string model, string activation, InputLaw law, double weightSd)
    {
        double? sd = weightSd > 0 ? weightSd : null;
        var kernel = Support.Kernels.Create(model, activation, D, sd);
        var (narrow, wide) = KernelConvergenceTests.Gaps(model, Activation.Parse(activation), kernel, law, seed: 0, weightSd: sd);
        Assert.True(KernelConvergenceTests.Converges(narrow, wide),
            $"{kernel.Name} {law} s={sd}: {narrow} → {wide}; ratio {narrow.RelativeFrobenius / wide.RelativeFrobenius:F2}");
    }

    [Theory]
    [InlineData("rf", "cos")]
    [InlineData("rf", "softplus")]
    [InlineData("ntk", "cos")]
    [InlineData("ntk", "tanh")]
    public void DefaultScaleKernel_DoesNotMatchUnitScaleFeatures(string model, string activation)
    {
        // Control: features drawn at s = 1 against the kernel of s = 1/√d must not converge.
        var kernel = Support.Kernels.Create(model, activation, D);
        var (narrow, wide) = KernelConvergenceTests.Gaps(model, Activation.Parse(activation), kernel, InputLaw.Gaussian, seed: 0, weightSd: 1);
        Assert.False(KernelConvergenceTests.Converges(narrow, wide), $"{kernel.Name}: {narrow} → {wide}");
    }

    [Theory]
    [InlineData("rf", "quadratic", 1e-13)]
    [InlineData("rf", "erf", 1e-9)]
    [InlineData("rf", "cos", 1e-12)]
    [InlineData("ntk", "erf", 1e-8)]
    [InlineData("ntk", "cos", 1e-12)]
    [InlineData("ntk", "quadratic", 1e-13)]
    public void Quadrature_AgreesWithClosedForm_AtBothScales(string model, string activation, double tolerance)
    {
        // The quadrature kernels checked where a closed form exists: exact for polynomials, spectral for cos; erf grows
        // like e^{z²} off the real axis and converges slowest (measured 1.2e-9 for the NTK at s = 1, 96 points).
        // relu and abs are not here: the kink makes the rule converge only algebraically (2.4e-3 at 96 points).
        AssertFineRuleAgrees(model, activation, InputLaw.Gaussian, tolerance,
            sd => model == "rf" ? new RandomFeatureKernel(Activation.Parse(activation), D, weightSd: sd) : new NeuralTangentKernel(Activation.Parse(activation), D, weightSd: sd));
    }

    [Theory]
    [InlineData("rf", "softplus", 1e-9)]
    [InlineData("rf", "tanh", 1e-5)]
    [InlineData("ntk", "softplus", 1e-9)]
    [InlineData("ntk", "tanh", 1e-4)]
    public void DefaultRule_AgreesWithTwiceAsManyNodes(string model, string activation, double tolerance)
    {
        // No closed form to compare with: the default 48-point rule against 96 points, on Laplace inputs (the heaviest
        // tails, so the largest pre-activation variances) at both scales. tanh's poles at ±iπ/2 slow the rule down:
        // measured 8.4e-7 (rf) and 2.1e-5 (ntk) at s = 1, still far below the finite-width error 1/√k ≥ 2e-3 at k ≤ 2·10⁵.
        AssertFineRuleAgrees(model, activation, InputLaw.Laplace, tolerance, sd => Support.Kernels.Create(model, activation, D, sd));
    }

    /// <summary>A 96-point quadrature kernel against <paramref name="reference"/> on six points of the law, at s = 1/√d and s = 1.</summary>
    private static void AssertFineRuleAgrees(string model, string activation, InputLaw law, double tolerance, Func<double?, InnerProductKernel> reference)
    {
        var sigma = Activation.Parse(activation);
        var x = Draw.Points(law, 6, D, 4);
        foreach (double? sd in new double?[] { null, 1 })
        {
            InnerProductKernel fine = model == "rf"
                ? new QuadratureRandomFeatureKernel(sigma, D, weightSd: sd, points: 96)
                : new QuadratureNeuralTangentKernel(sigma, D, weightSd: sd, points: 96);
            var gap = MatrixGap.Of(fine.Gram(x, x), reference(sd).Gram(x, x));
            Assert.True(gap.RelativeFrobenius < tolerance, $"{model} {activation} s={sd}: {gap}");
        }
    }

    [Theory]
    [InlineData("rf", "cos")]
    [InlineData("rf", "softplus")]
    [InlineData("rf", "tanh")]
    [InlineData("ntk", "cos")]
    [InlineData("ntk", "softplus")]
    [InlineData("ntk", "tanh")]
    public void Gradient_IsCentralDifference_AtBothScales(string model, string activation)
    {
        foreach (double? sd in new double?[] { null, 1 })
            foreach (var law in new[] { InputLaw.Sphere, InputLaw.Laplace })
            {
                var kernel = Support.Kernels.Create(model, activation, 5, sd);
                Assert.True(KernelGradientTests.PassesGradientCheck(kernel, law, out var error),
                    $"{kernel.Name} {law} s={sd}: relative error {error:G3}");
            }
    }

    [Fact]
    public void DefaultScale_IsBitForBitTheOldOne()
    {
        // null keeps WeightVariance = 1.0/d (not (1/√d)², which differs in the last bit for some d): today's bytes.
        var x = Draw.Points(InputLaw.Gaussian, 5, 7, 2);
        Assert.Equal(1.0 / 7, new RandomFeatureKernel(Activation.Erf, 7).WeightVariance);
        Assert.Equal(1.0, new RandomFeatureKernel(Activation.Erf, 7, weightSd: 1).WeightVariance);
        Assert.NotEqual(new RandomFeatureKernel(Activation.Erf, 7).Gram(x, x), new RandomFeatureKernel(Activation.Erf, 7, weightSd: 1).Gram(x, x));
    }
}

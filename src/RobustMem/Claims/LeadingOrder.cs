using RobustMem.Activations;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Claims;

/// <summary>
/// The leading-order prediction of THEORY.md §3: S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0)),
/// derived for the activation and d at hand rather than read from a table.
/// </summary>
/// <remarks>
/// For unit-norm inputs w·x ~ N(0, 1/d), so with u = g/√d and Hermite coefficients a_j = E[σ(u) He_j(g)],
/// the RF kernel is κ(ρ) = Σ a_j² ρ^j/j!: κ(0) = a_0², κ′(0) = a_1², κ″(0) = a_2², κ(1) = E[σ(u)²].
/// The NTK kernel is κ(ρ) = ρ·h(ρ) with h(ρ) = Σ b_j² ρ^j/j!, b_j = E[σ′(u) He_j(g)]: κ(0) = 0,
/// κ′(0) = b_0², κ″(0) = 2b_1², κ(1) = E[σ′(u)²]. This reproduces the table of §3 (relu RF 0.733,
/// relu NTK 0.5, abs RF 0.078 and abs NTK 0.057 at d = 500) and extends it to erf, tanh and quadratic.
/// </remarks>
internal static class LeadingOrder
{
    /// <summary>κ(0), κ′(0), κ″(0), κ(1) of the model's kernel on the unit sphere of R^d: the model says which kernel.</summary>
    public static (double K0, double K1, double K2, double KOne) KernelTaylor(Model model, Activation sigma, int d) => model.KernelTaylor(sigma, d);

    /// <summary>κ(0), κ′(0), κ″(0), κ(1) of the random-features kernel κ(ρ) = Σ a_j² ρ^j/j! (RF and its kernel).</summary>
    public static (double K0, double K1, double K2, double KOne) RandomFeatureTaylor(Activation sigma, int d)
    {
        double s = 1 / Math.Sqrt(d);
        double a0 = Gaussian(g => sigma.Value(s * g)), a1 = Gaussian(g => sigma.Value(s * g) * g),
               a2 = Gaussian(g => sigma.Value(s * g) * (g * g - 1)), one = Gaussian(g => Square(sigma.Value(s * g)));
        return (a0 * a0, a1 * a1, a2 * a2, one);
    }

    /// <summary>κ(0), κ′(0), κ″(0), κ(1) of the neural tangent kernel κ(ρ) = ρ·h(ρ), h(ρ) = Σ b_j² ρ^j/j! (NTK and its kernel).</summary>
    public static (double K0, double K1, double K2, double KOne) NeuralTangentTaylor(Activation sigma, int d)
    {
        double s = 1 / Math.Sqrt(d);
        double b0 = Gaussian(g => sigma.First(s * g)), b1 = Gaussian(g => sigma.First(s * g) * g),
               oneNtk = Gaussian(g => Square(sigma.First(s * g)));
        return (0, b0 * b0, 2 * b1 * b1, oneNtk);
    }

    /// <summary>√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0)): S/√n per unit of σ_eff.</summary>
    public static double SqrtNConstant(Model model, Activation sigma, int d)
    {
        var (k0, k1, k2, kOne) = KernelTaylor(model, sigma, d);
        return Math.Sqrt(k1 * k1 + k2 * k2 / d) / (kOne - k0);
    }

    /// <summary>σ_eff = √(σ² + 1/d) for even activations, whose class cannot represent the linear target; σ otherwise.</summary>
    public static double EffectiveNoise(Activation sigma, double noise, int d) =>
        Math.Sqrt(noise * noise + (sigma.IsEven ? 1.0 / d : 0));

    /// <summary>The predicted S/√n of the kernel interpolator: σ_eff times <see cref="SqrtNConstant"/>.</summary>
    public static double PredictedRatio(Regime regime) =>
        EffectiveNoise(regime.Sigma, regime.Noise, regime.D) * SqrtNConstant(regime.Model, regime.Sigma, regime.D);

    /// <summary>κ(1) = E[σ(w·x)²] (RF) or E[σ′(w·x)²] (NTK) at ‖x‖ = 1: the scale of the Gram diagonal, used to size a ridge.</summary>
    public static double DiagonalScale(Model model, Activation sigma, int d) => KernelTaylor(model, sigma, d).KOne;

    private static double Square(double v) => v * v;

    // Composite Simpson on [−12, 12] with a node at 0, where relu and abs have their kink; the tail beyond 12 is below 1e-30.
    private static double Gaussian(Func<double, double> f)
    {
        const int panels = 12_000;
        const double half = 12;
        double h = 2 * half / (2 * panels), sum = 0;
        for (int i = 0; i <= 2 * panels; i++)
        {
            double g = -half + i * h;
            double w = i == 0 || i == 2 * panels ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * f(g) * Math.Exp(-0.5 * g * g);
        }
        return sum * h / 3 / Math.Sqrt(2 * Math.PI);
    }
}

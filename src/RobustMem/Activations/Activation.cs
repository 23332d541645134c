namespace RobustMem.Activations;

/// <summary>A scalar activation σ with its exact first and second derivatives.</summary>
/// <remarks>
/// σ″ is needed by the NTK gradient (THEORY.md §1); at the kinks of relu and abs we use the a.e. value 0.
/// <c>quadratic</c> is σ(z) = z²/2 (σ′ = z, σ″ = 1), the sharper laws' x²/2, not z². The scale of σ is immaterial to a
/// min-norm interpolator: Φ → cΦ gives θ → θ/c and the same f = ⟨θ, Φ⟩, so z² and z²/2 fit the same function.
/// </remarks>
public abstract class Activation
{
    public abstract string Name { get; }
    public abstract double Value(double z);
    public abstract double First(double z);
    public abstract double Second(double z);

    /// <summary>Lip(σ) = sup |σ′|: the constant that turns ‖a‖₂·‖W‖_op into a Lipschitz bound on a·σ(Wx); +∞ where σ′ is unbounded.</summary>
    /// <remarks>Bubeck, Li &amp; Nagaraj (2021) state their law with Lip(ψ)·‖a‖₂·‖W‖_op; <c>ActivationLipschitzTests</c> checks each value against σ′ on a grid.</remarks>
    public abstract double Lipschitz { get; }

    /// <summary>Even activations (abs, quadratic, cos) cannot represent the linear target: σ_eff² ≈ σ² + 1/d.</summary>
    public virtual bool IsEven => false;

    public override string ToString() => Name;

    public static readonly Activation Relu = new ReluActivation();
    public static readonly Activation Abs = new AbsActivation();
    public static readonly Activation Erf = new ErfActivation();
    public static readonly Activation Tanh = new TanhActivation();
    public static readonly Activation Quadratic = new QuadraticActivation();
    public static readonly Activation Cos = new CosActivation();
    public static readonly Activation Softplus = new SoftplusActivation();

    /// <summary>Dohmatob's five, on which the claims' property generators draw and their bands are calibrated.</summary>
    /// <remarks>
    /// Kept to these five on purpose: claim G draws σ from this list, so adding an activation here would change the
    /// regimes every calibrated seed draws. The sharper laws' activations are in <see cref="SharperLaws"/> until their
    /// bands are measured; <see cref="Every"/> is both.
    /// </remarks>
    public static IReadOnlyList<Activation> All { get; } = [Relu, Abs, Erf, Tanh, Quadratic];

    /// <summary>The activations the sharper laws add (Bombari, Kiyani &amp; Mondelli 2023): cos and softplus.</summary>
    public static IReadOnlyList<Activation> SharperLaws { get; } = [Cos, Softplus];

    /// <summary>Every activation <see cref="Parse"/> accepts: <see cref="All"/> then <see cref="SharperLaws"/>.</summary>
    public static IReadOnlyList<Activation> Every { get; } = [.. All, .. SharperLaws];

    /// <summary>μ₁ = E[g·σ(g)], g ~ N(0, 1): the linear Hermite coefficient, by Gauss–Hermite quadrature (<see cref="HermiteCoefficients"/>).</summary>
    /// <remarks>The sharper laws' RF plateau needs μ₁ ≠ 0; it is 0 for the even activations (abs, quadratic, cos).</remarks>
    public double LinearCoefficient => HermiteCoefficients.Linear(this);

    /// <summary>Looks an activation up by name; the message lists the valid names.</summary>
    public static Activation Parse(string name) =>
        Every.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown activation '{name}'; expected one of {string.Join(", ", Every.Select(a => a.Name))}.", nameof(name));
}

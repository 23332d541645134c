namespace RobustMem.Activations;

/// <summary>A scalar activation σ with its exact first and second derivatives.</summary>
/// <remarks>σ″ is needed by the NTK gradient (THEORY.md §1); at the kinks of relu and abs we use the a.e. value 0.</remarks>
public abstract class Activation
{
    public abstract string Name { get; }
    public abstract double Value(double z);
    public abstract double First(double z);
    public abstract double Second(double z);

    /// <summary>Even activations (abs, quadratic) cannot represent the linear target: σ_eff² ≈ σ² + 1/d.</summary>
    public virtual bool IsEven => false;

    public override string ToString() => Name;

    public static readonly Activation Relu = new ReluActivation();
    public static readonly Activation Abs = new AbsActivation();
    public static readonly Activation Erf = new ErfActivation();
    public static readonly Activation Tanh = new TanhActivation();
    public static readonly Activation Quadratic = new QuadraticActivation();

    public static IReadOnlyList<Activation> All { get; } = [Relu, Abs, Erf, Tanh, Quadratic];

    /// <summary>Looks an activation up by name; the message lists the valid names.</summary>
    public static Activation Parse(string name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown activation '{name}'; expected one of {string.Join(", ", All.Select(a => a.Name))}.", nameof(name));
}

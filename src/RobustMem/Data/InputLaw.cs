namespace RobustMem.Data;

/// <summary>An input law on R^d, scaled so that E‖x‖² = 1 (THEORY.md §1): its name, sampler and moments. The paper's four are isotropic; a file's points (<see cref="Files.FileLaw"/>, THEORY.md §5.3) are not.</summary>
/// <remarks>
/// Open like <see cref="Activations.Activation"/>: a new law is one subclass plus <see cref="InputLawRegistry.Register"/>.
/// The sampler fills one point at a time from the caller's stream, so the order in which it draws from the
/// <see cref="Rng"/> is part of every golden output.
/// </remarks>
public abstract class InputLaw
{
    /// <summary>The name the CLI, the CSV names and the failure messages use, lower case.</summary>
    public abstract string Name { get; }

    /// <summary>True for laws invariant under rotations, where the exact RF seminorm of THEORY.md §1 applies.</summary>
    public abstract bool IsRotationInvariant { get; }

    /// <summary>Fills <paramref name="row"/> (length d) with one point of the law, drawn from <paramref name="rng"/>.</summary>
    public abstract void Fill(double[] row, Rng rng);

    /// <summary>The moments the moment tests check a sample against: THEORY.md §1's E x = 0, E xxᵀ = I/d, E‖x‖² = 1.</summary>
    public virtual LawMoments Moments(int d) => new(0, 1.0 / d, 1, NormIsConstant: false);

    /// <summary>The dimension of every point, or null for a law defined on every R^d (the paper's four); a file fixes it.</summary>
    public virtual int? Dimension => null;

    /// <summary>
    /// The n training points. A law with a density draws them as fresh points (<see cref="InputSampler"/>, so the
    /// bytes of every earlier output stay); a file draws distinct rows that no fresh point is ever drawn from.
    /// </summary>
    public virtual DrawnPoints DrawTraining(int n, int d, Rng rng) => new(InputSampler.Sample(this, n, d, rng), null);

    /// <summary>m fresh points for the test error, with their classes when the law has them; the same draws as <see cref="InputSampler"/>.</summary>
    public virtual DrawnPoints DrawFresh(int m, int d, Rng rng) => new(InputSampler.Sample(this, m, d, rng), null);

    /// <summary>Rejects, before anything is drawn, n training points of dimension d labelled by <paramref name="target"/> that this law cannot give.</summary>
    /// <remarks>Only a file's rows carry classes; every other law draws any n at any d.</remarks>
    public virtual void CheckDraw(int n, int d, LabelTarget target)
    {
        if (target == LabelTarget.Classes)
            throw new ArgumentException($"target classes needs a file's classes: --law {Files.FileLaw.Scheme}PATH --classes a,b (the {Name} law has none).");
    }

    public override string ToString() => Name;

    /// <summary>Uniform on the unit sphere: the paper's experiments.</summary>
    public static readonly InputLaw Sphere = new SphereLaw();

    /// <summary>N(0, I/d).</summary>
    public static readonly InputLaw Gaussian = new GaussianLaw();

    /// <summary>Uniform on [−√(3/d), √(3/d)]^d.</summary>
    public static readonly InputLaw Cube = new CubeLaw();

    /// <summary>Product Laplace, each coordinate of variance 1/d.</summary>
    public static readonly InputLaw Laplace = new LaplaceLaw();

    /// <summary>The paper's four laws, in the order the CLI lists them; extensions are in <see cref="InputLawRegistry.All"/>.</summary>
    public static IReadOnlyList<InputLaw> Standard { get; } = [Sphere, Gaussian, Cube, Laplace];

    /// <summary>Looks a law up by name in <see cref="InputLawRegistry"/>; the message lists the valid names.</summary>
    public static InputLaw Parse(string name) => InputLawRegistry.Parse(name);
}

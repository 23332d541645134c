namespace RobustMem.Data;

/// <summary>The isotropic input laws, all scaled so that E‖x‖² = 1 (THEORY.md §1).</summary>
public enum InputLaw
{
    /// <summary>Uniform on the unit sphere: the paper's experiments.</summary>
    Sphere,
    /// <summary>N(0, I/d).</summary>
    Gaussian,
    /// <summary>Uniform on [−√(3/d), √(3/d)]^d.</summary>
    Cube,
    /// <summary>Product Laplace, each coordinate of variance 1/d.</summary>
    Laplace,
}

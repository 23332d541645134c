namespace RobustMem.Activations;

/// <summary>Hermite coefficients μ_r = E[σ(g) He_r(g)], g ~ N(0, 1), with He_r the probabilists' Hermite polynomials.</summary>
/// <remarks>
/// σ(g) = Σ_r μ_r He_r(g)/r!. μ₁ = E[g σ(g)] = E[σ′(g)] (Stein) is the linear coefficient: the part of the features a
/// linear target can use. Closed forms: relu 1/2, abs 0, erf 2/√(3π), quadratic (z²/2) 0, cos 0, softplus 1/2.
/// </remarks>
internal static class HermiteCoefficients
{
    /// <summary>Nodes of the rule: 100 points resolve the smooth activations to round-off; relu and abs are exact for μ₁ by symmetry.</summary>
    public const int QuadraturePoints = 100;

    /// <summary>μ₁ = E[g σ(g)].</summary>
    public static double Linear(Activation sigma) => Coefficient(sigma, 1);

    /// <summary>μ_r = E[σ(g) He_r(g)] for 0 ≤ r ≤ 20.</summary>
    public static double Coefficient(Activation sigma, int r)
    {
        ArgumentNullException.ThrowIfNull(sigma);
        Preconditions.CheckRange(r, 0, 20, nameof(r));
        return GaussHermite.Rule(QuadraturePoints).Expect(g => sigma.Value(g) * Hermite(r, g));
    }

    /// <summary>He_r(g) by the recurrence He_{r+1} = g He_r − r He_{r−1}.</summary>
    public static double Hermite(int r, double g)
    {
        double previous = 1, current = g;
        if (r == 0) return previous;
        for (int i = 1; i < r; i++) (previous, current) = (current, g * current - i * previous);
        return current;
    }
}

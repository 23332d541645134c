namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim R (THEORY.md §2): ridge regularization (<see cref="RidgeCheck"/>). It takes its scale from the regime's model.
/// Its properties, regime family and controls: properties/RobustMem.Properties/Claims/Ridge/ (RidgeCases.cs, ClaimR_Ridge.cs).
/// </summary>
internal static class Ridge
{
    public static Claim Claim { get; } = new("R",
        "Ridge regularization.",
        "λ across the Gram spectrum",
        "while the ridge model memorizes (train error ≤ σ̂²/2) S ≳ √n; past the spectrum memorization is lost and S falls below min-norm's; as λ → 0 the path recovers min-norm S")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.OfTheModel };

    /// <summary>
    /// Floor of (S/√n)/scale for a ridge model that still memorizes, and the tolerance of the ridge path's λ → 0 end
    /// against min-norm.
    /// </summary>
    /// <remarks>The floor is the frontier's: a memorizing ridge model has S ≥ S*(σ̂²/2), see <see cref="RidgeCheck"/>.</remarks>
    public static (Band Floor, Band PathTolerance) Bands { get; } =
        (FrontierCheck.Bands.Relative with { Origin = "a memorizing model sits above S*(σ̂²/2): the frontier's floor, " + FrontierCheck.Bands.Relative.Origin },
         new Band(0, 1e-3, "λ = 1e-6 μ_min moves S by O(λ/μ_min)"));
}

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim N (THEORY.md §2): label noise is necessary (<see cref="NoiseCheck"/>). Its properties, regime family and
/// controls: properties/RobustMem.Properties/Claims/NoiseNecessary/ (NoiseNecessaryCases.cs, ClaimN_LabelNoiseNecessary.cs).
/// </summary>
internal static class NoiseNecessary
{
    public static Claim Claim { get; } = new("N",
        "Label noise is necessary.",
        "σ = 0, target representable (relu, erf, tanh)",
        "S stays at a constant level (≲ ‖w*‖) at σ = 0, and is many times that at σ = 1")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise };

    /// <summary>Level of S at σ = 0, the band of S(4n)/S(n) there (levelled off), and how many times that level S must reach at σ = 1.</summary>
    public static (Band Level, Band Levelling, Band Separation) Bands { get; } =
        (new Band(0, 2, "calibrated; S rises towards ‖w*‖ = 1"),
         new Band(0.9, 1.5, "calibrated, n past d: every subgroup's mean ± 4 sd inside (finite rf 1.16 ± 0.062, ntk kernel 1.24 ± 0.056, rf kernel 1.10 ± 0.019); √n growth gives 2"),
         new Band(3, double.PositiveInfinity, "calibrated, n past d: 4 sd below the lowest subgroup's mean (ntk kernel 4.28 ± 0.29)"));
}

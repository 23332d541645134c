using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Laws;

/// <summary>
/// How <c>robustmem laws</c> checks a law on a regime: the library's check of the claim, the bands that check looks up,
/// and which of the verdict's figures each of its results (lower bound, tightness) rests on.
/// </summary>
/// <remarks>
/// <see cref="Bands"/> repeats the check's own lookup so that a regime outside the calibration is refused before the first
/// fit rather than after a minute of others; the lookups are the keyed tables themselves, not copies of their rows.
/// </remarks>
public sealed record LawCheck(
    Claim Claim,
    Func<Regime, ILinearAlgebra, ClaimVerdict> Run,
    Func<Regime, IReadOnlyList<Band>> Bands,
    IReadOnlyList<LawFigure> LowerBound,
    IReadOnlyList<LawFigure> Tightness)
{
    /// <summary>The claim's quantity over its bound at n and 4n (<see cref="ScalingCheck"/>, claims I, II, III, BLN): the bound holds while S/prediction stays above
    /// its floor and does not shrink, and is attained while it stays below its ceiling.</summary>
    public static LawCheck Scaling(Claim claim) => new(claim,
        (r, la) => ScalingCheck.Evaluate(claim, r, Control.None, la),
        r => { var (atN, at4N, quotient) = ScalingCheck.BandsOf(claim, r); return [atN, at4N, quotient]; },
        [LawFigure.Named("ratio_at_n", $"{claim.Measures.Symbol}/{claim.Bound} at n", "ratio(n)"),
         LawFigure.Named("ratio_at_4n", $"{claim.Measures.Symbol}/{claim.Bound} at 4n", "ratio(4n)"),
         LawFigure.Named("relative_at_4n", $"{claim.Measures.Symbol}/prediction at 4n", "relative(4n)")],
        [LawFigure.Named("quotient", $"Q = {claim.Measures.Symbol}/prediction at 4n over at n", "quotient")]);

    /// <summary>Claim III at k and 8k (<see cref="WidthCheck"/>): R = S/√(n/k)/scale, Q = R(8k)/R(k), S ∝ k^γ.</summary>
    public static LawCheck Width { get; } = new(Claim.FiniteNeuralTangent,
        (r, la) => WidthCheck.Evaluate(r, Control.None, la),
        r => { var (floor, quotient) = Claims.Catalog.FiniteNeuralTangent.WidthBands.For(r.Sigma); return [floor, quotient]; },
        [LawFigure.Named("r_at_k", "R(k)", "R(k)"), LawFigure.Named("r_at_8k", "R(8k)", "R(8k)")],
        [LawFigure.Named("quotient", "Q = R(8k)/R(k)", "Q"), LawFigure.Named("gamma", "γ", "gamma")]);

    /// <summary>Claim B-NTK-even at k and 4k (<see cref="SensitivityWidthCheck.Decays"/>).</summary>
    public static LawCheck Decay(Claim claim) => new(claim,
        (r, la) => SensitivityWidthCheck.Decays(claim, r, Control.None, la),
        r => { var (level, quotient) = SensitivityWidthCheck.DecayBandsOf(claim, r); return [level, quotient]; },
        [LawFigure.Named("ratio_at_k", "S/√(Nd/p) at k", "S/bound(k)"), LawFigure.Named("ratio_at_4k", "S/√(Nd/p) at 4k", "S/bound(4k)")],
        [LawFigure.Named("quotient", "Q = S(4k)/S(k)", "Q")]);

    /// <summary>Claims B-RF and B-NTK-plateau at k, 4k and infinite width (<see cref="SensitivityWidthCheck.Plateaus"/>): no lower-bound condition.</summary>
    public static LawCheck Plateau(Claim claim) => new(claim,
        (r, la) => SensitivityWidthCheck.Plateaus(claim, r, Control.None, la),
        r => { var (quotient, toKernel) = SensitivityWidthCheck.PlateauBandsOf(claim, r); return [quotient, toKernel]; },
        [],
        [LawFigure.Named("quotient", "Q = S(4k)/S(k)", "Q"), LawFigure.Named("kernel_ratio_at_4k", "S(4k)/S(kernel)", "S(4k)/S(kernel)"), new("ratio_at_4k", "S/√(Nd/p) at 4k", v => v.Ratio)]);

    /// <summary>Claim U (<see cref="UniversalLawCheck"/>): S and the Lipschitz lower estimate over √(nd/p), above a floor; tightness is the B claims'.</summary>
    public static LawCheck Universal { get; } = new(Claim.UniversalLaw,
        (r, la) => UniversalLawCheck.Evaluate(r, Control.None, la),
        r => [Claims.Catalog.UniversalLaw.Floors.For(ModelActivation.Of(r))],
        [LawFigure.Named("ratio", "S/√(nd/p)", "S/bound"), LawFigure.Named("lipschitz_ratio", "Lip/√(nd/p)", "Lip/bound")],
        []);
}

using RobustMem.Claims;
using RobustMem.Curves;

namespace RobustMem.Verdicts;

/// <summary>
/// This is the registry of curve judges: claim id → how that claim judges a figure's curves and a family of widths.
/// <see cref="CurveVerdicts.For"/> and <see cref="ExponentVerdicts.InK"/> look the claim up here and never branch on
/// which claim they were given; a claim without a judge is refused with the list of known ones, never judged like another.
/// </summary>
/// <remarks>
/// The bounds (claims I, II, III) judge the curves of their own models by the exponent of S/bound in n, and a width family
/// by the exponent in k: claim III's bound √(n/k) depends on k (lower bound and tightness), claim II's √n does not
/// (boundedness only). A claim added elsewhere registers its judge with <see cref="Register"/>.
/// </remarks>
internal static class CurveJudges
{
    private static readonly NamedRegistry<CurveJudge> Judges = new("curve judge", BuiltIn(), j => j.Claim.Id, parameterName: "claim");

    /// <summary>Every known judge, the built-in ones first.</summary>
    public static IReadOnlyList<CurveJudge> All => Judges.All;

    /// <summary>Adds a claim's judge; the same instance again is a no-op, another judge for a judged claim is refused.</summary>
    public static void Register(CurveJudge judge) => Judges.Register(judge);

    /// <summary>The judge of the claim with this id; an unknown id throws, naming the known ones.</summary>
    public static CurveJudge Of(string claimId) =>
        All.FirstOrDefault(j => string.Equals(j.Claim.Id, claimId, StringComparison.Ordinal))
        ?? throw new ArgumentException($"no curve judge for claim '{claimId}'; known: {Judges.Names}.", nameof(claimId));

    /// <summary>The ids of the claims whose judge compares widths, comma-separated.</summary>
    public static string WithWidths => string.Join(" and ", All.Where(j => j.Widths is not null).Select(j => j.Claim.Id));

    private static IEnumerable<CurveJudge> BuiltIn() =>
    [
        new(Claim.MultipleDescent, (figure, curves) => curves.SelectMany(c => CurveVerdicts.Peaks(figure, c))),
        new(Claim.NoiseNecessary, (figure, curves) => [CurveVerdicts.Noise(figure, curves)]),
        new(Claim.Ridge, (figure, curves) => [CurveVerdicts.Ridge(figure, curves)]),
        new(Claim.Tightness, (figure, curves) => curves.Select(c => ExponentVerdicts.Frontier(figure, c))),
        new(Claim.Generality, (figure, curves) => curves.Select(c => ExponentVerdicts.InN(Claim.Generality, figure, c))),
        OfBound(Claim.InfiniteRandomFeatures),
        OfBound(Claim.InfiniteNeuralTangent),
        OfBound(Claim.FiniteRandomFeatures, ExponentVerdicts.BoundedInK),
        OfBound(Claim.FiniteNeuralTangent, ExponentVerdicts.BoundInK),
    ];

    /// <summary>A bound: each curve of the claim's own models by its exponent in n, and several widths of them by the exponent in k.</summary>
    private static CurveJudge OfBound(Claim claim, Func<WidthFamily, CurveVerdict>? widths = null) =>
        new(claim, (figure, curves) => BoundVerdicts(claim, figure, curves), widths);

    private static IEnumerable<CurveVerdict> BoundVerdicts(Claim claim, string figure, IReadOnlyList<Curve> curves)
    {
        var family = curves.Where(c => c.Spec.Base.Model.Claim == claim).ToArray();
        var verdicts = family.Select(c => ExponentVerdicts.InN(claim, figure, c)).ToList();
        // Several widths of one model: the bound's dependence on k is a claim too (S ∝ k^−1/2 for NTK).
        if (family.Select(c => c.Spec.Base.K).Distinct().Count() >= 2) verdicts.Add(ExponentVerdicts.InK(claim, figure, family));
        return verdicts;
    }
}

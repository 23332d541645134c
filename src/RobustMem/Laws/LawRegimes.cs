using RobustMem.Claims.Catalog;
using RobustMem.Models;

namespace RobustMem.Laws;

/// <summary>
/// The representative regime of each law on each model class, for <c>robustmem laws</c>, and why a law does not apply
/// where it does not. Every regime sits inside the family its check's bands were calibrated on (the families are
/// properties/RobustMem.Properties/Claims/&lt;Claim&gt;/&lt;Claim&gt;Cases.cs, which say which check runs on which); the bands
/// are keyed tables that refuse anything else. The rows are stated with their claims (<c>LawRows</c> in each file of
/// Claims/Catalog), each taken at the cheap end of its family so that the whole table runs in
/// about a minute; this type puts them in the table.
/// </summary>
internal static class LawRegimes
{
    /// <summary>Every law, in <see cref="Law.All"/>'s order, on <paramref name="model"/>: a regime to check, or why not.</summary>
    /// <remarks>A model registered from outside (an extension) has no calibrated bands: every law says so, rather than borrowing a paper model's regime.</remarks>
    public static IReadOnlyList<LawEntry> For(Model model) => Law.All.Select(law => Entry(law, model)).ToList();

    private static LawEntry Entry(Law law, Model model) =>
        Regimes.SingleOrDefault(r => r.Law == law && r.Model == model)
        ?? (LawEntry?)NotApplicable.SingleOrDefault(n => n.Law == law && n.Model == model)
        ?? new LawNotApplicable(law, model,
            $"no representative regime: the bands are calibrated for {string.Join(", ", Model.Standard.Select(m => m.Name))} only");

    // Every claim's rows, stated in its file of Claims/Catalog next to the claim, its bands and its law.
    private static readonly IReadOnlyList<LawEntry> Rows =
    [
        .. InfiniteRandomFeatures.LawRows, .. InfiniteNeuralTangent.LawRows, .. FiniteRandomFeatures.LawRows, .. FiniteNeuralTangent.LawRows,
        .. SharperRandomFeatures.LawRows, .. SharperNeuralTangentEven.LawRows, .. SharperNeuralTangentPlateau.LawRows,
        .. UniversalLaw.LawRows, .. BubeckLiNagaraj.LawRows,
    ];

    /// <summary>Every (law, model) that is checked, with its regime at seed 0.</summary>
    public static IReadOnlyList<LawRegime> Regimes { get; } = Rows.OfType<LawRegime>().ToList();

    /// <summary>Every (law, paper model) that is not checked, and why the law says nothing there.</summary>
    public static IReadOnlyList<LawNotApplicable> NotApplicable { get; } = Rows.OfType<LawNotApplicable>().ToList();
}

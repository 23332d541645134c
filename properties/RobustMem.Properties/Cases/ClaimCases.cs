using System.Reflection;

namespace RobustMem.Properties;

/// <summary>
/// The registry of claim cases: each property of the suite and each row of the calibration, stated once. One nested
/// class per claim of THEORY.md §2, declared in that claim's file of properties/RobustMem.Properties/Claims/ next to the
/// claim's regime families and its property class (the claim itself, its bands and their origins are
/// src/RobustMem/Claims/Catalog/). The property files assert these cases, the calibration runner
/// (properties/RobustMem.Calibration) enumerates <see cref="All"/>, and <c>RegimeFamilyTests</c> checks every family they
/// draw from. A case's member name is its property's name, and its <see cref="ClaimCase.Name"/> is the claim's id
/// followed by that name.
/// </summary>
/// <remarks>
/// The suite runs some controls on the fast family whereas the 2026-11-25 calibration measured them on the
/// full one. Both are cases here, the fast one suffixed _SmallRegimes, so that both can be calibrated.
/// </remarks>
public static partial class ClaimCases
{
    /// <summary>
    /// Every case: the claims in <see cref="Claim.All"/>'s order, each claim's cases in the order its nested class declares
    /// them (new cases go at the end of their claim's group). Read off the nested classes, so a case is declared once.
    /// </summary>
    public static IReadOnlyList<ClaimCase> All { get; } = Declared()
        .GroupBy(c => c.Claim)
        .OrderBy(g => IndexOf(g.Key))
        .SelectMany(g => g.Select(c => c.Case))
        .ToList();

    private static IEnumerable<(Claim Claim, ClaimCase Case)> Declared() =>
        typeof(ClaimCases).GetNestedTypes().OrderBy(t => t.MetadataToken)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(ClaimCase)).OrderBy(p => p.MetadataToken))
            .Select(p => (ClaimCase)p.GetValue(null)!)
            .Select(c => (Claim.ById(c.Name[..c.Name.IndexOf(' ')]), c));

    private static int IndexOf(Claim claim) => Claim.All.ToList().IndexOf(claim);

    private static ClaimCase Case(Claim claim, string property, RegimeFamily family, Func<Regime, Control, ClaimVerdict> check, Control? control) =>
        new($"{claim.Id} {property}", family, check, control ?? Control.None);

    private static Func<Regime, Control, ClaimVerdict> Scaling(Claim claim) => (r, c) => ScalingCheck.Evaluate(claim, r, c);

    private static Func<Regime, Control, ClaimVerdict> Frontier(Claim claim) => (r, c) => FrontierCheck.Evaluate(claim, r, c);
}

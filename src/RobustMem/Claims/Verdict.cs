using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>Builds a <see cref="ClaimVerdict"/> from a list of conditions: it passes when every condition held.</summary>
internal static class Verdict
{
    internal static ClaimVerdict From(Claim claim, Regime regime, Control control, double s, double bound, Band band,
        IReadOnlyList<(bool Held, string Text)> conditions, params (string Name, double Value)[] figures) =>
        new(claim, regime, control, s, bound, s / bound, band, conditions.All(c => c.Held),
            conditions.Select(c => $"[{(c.Held ? "ok" : "VIOLATED")}] {c.Text}").ToList(),
            figures.ToDictionary(f => f.Name, f => f.Value));
}

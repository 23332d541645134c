using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>Builds a <see cref="ClaimVerdict"/> from a list of conditions: it passes when every condition held.</summary>
internal static class Verdict
{
    /// <summary>
    /// The verdict, with the bound and tightness results read off the conditions of each part. A check passes its own
    /// tightness result (a refutation decides it from positive evidence); null reads it off the tightness conditions.
    /// </summary>
    internal static ClaimVerdict From(Claim claim, Regime regime, Control control, double s, double bound, Band band,
        IReadOnlyList<Condition> conditions, TightnessResult? tightness = null, Disagreement? disagreement = null,
        params (string Name, double Value)[] figures) =>
        new(claim, regime, control, s, bound, s / bound, band, conditions.All(c => c.Held),
            conditions.Select(c => c.ToString()).ToList(),
            figures.ToDictionary(f => f.Name, f => f.Value))
        {
            Deciding = conditions.Where(c => c.Decides).Select(c => c.ToString()).ToList(),
            LowerBound = BoundOf(conditions),
            Tightness = tightness ?? TightnessOf(conditions),
            Disagreement = disagreement,
        };

    internal static BoundResult BoundOf(IReadOnlyList<Condition> conditions)
    {
        var bound = conditions.Where(c => c.Part == Part.LowerBound).ToList();
        return bound.Count == 0 ? BoundResult.NotChecked : bound.All(c => c.Held) ? BoundResult.Holds : BoundResult.Violated;
    }

    internal static TightnessResult TightnessOf(IReadOnlyList<Condition> conditions)
    {
        var tight = conditions.Where(c => c.Part == Part.Tightness).ToList();
        return tight.Count == 0 ? TightnessResult.NotApplicable : tight.All(c => c.Held) ? TightnessResult.Attained : TightnessResult.NotAttained;
    }
}

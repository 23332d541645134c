using RobustMem.Claims;

namespace RobustMem.Laws;

/// <summary>
/// One measured number a law's result rests on, read off the check's verdict: its identifier (a JSON key, the same for
/// the same quantity in every row, spelled as <c>measure</c>'s fields: ratio = S/bound) and the label the table prints.
/// </summary>
public sealed record LawFigure(string Id, string Label, Func<ClaimVerdict, double> Of)
{
    /// <summary>A figure the check names in <see cref="ClaimVerdict.Figures"/>; a name the verdict lacks is a bug and throws.</summary>
    public static LawFigure Named(string id, string label, string figure) =>
        new(id, label, v => v.Figures.TryGetValue(figure, out double value) ? value
            : throw new KeyNotFoundException($"the verdict of claim {v.Claim.Id} has no figure '{figure}'; it has {string.Join(", ", v.Figures.Keys)}"));
}

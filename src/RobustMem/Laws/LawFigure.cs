using RobustMem.Claims;

namespace RobustMem.Laws;

/// <summary>One measured number a law's result rests on, read off the check's verdict, with the label the table prints.</summary>
public sealed record LawFigure(string Label, Func<ClaimVerdict, double> Of)
{
    /// <summary>A figure the check names in <see cref="ClaimVerdict.Figures"/>; a name the verdict lacks is a bug and throws.</summary>
    public static LawFigure Named(string label, string figure) =>
        new(label, v => v.Figures.TryGetValue(figure, out double value) ? value
            : throw new KeyNotFoundException($"the verdict of claim {v.Claim.Id} has no figure '{figure}'; it has {string.Join(", ", v.Figures.Keys)}"));
}

using RobustMem.Cli.Parsing;
using RobustMem.Figures;

namespace RobustMem.Cli.Commands;

/// <summary>
/// Every name <c>reproduce --figure</c> takes, from the catalogue (<see cref="FigureCatalog"/>): the paper's n-sweeps, all
/// run by default, and the sharper laws' width sweeps (<see cref="SharperLawFigures"/>), run only when named, their
/// <c>-real</c> forms on a file's points).
/// </summary>
internal static class ReproduceFigures
{
    /// <summary>The figures a run without <c>--figure</c> draws.</summary>
    public static IReadOnlyList<string> Default { get; } = FigureCatalog.Figures(FigureScale.Default).Select(f => f.Name).ToArray();

    /// <summary>The figures drawn only when named.</summary>
    public static IReadOnlyList<string> OnlyWhenNamed { get; } = FigureCatalog.OnlyWhenNamed(FigureScale.Default)
        .SelectMany(f => new[] { f.Name, f.Name + SharperLawFigures.RealSuffix }).ToArray();

    public static IReadOnlyList<string> All { get; } = [.. Default, .. OnlyWhenNamed];

    public static string Help =>
        $"run only this figure: {string.Join(", ", Default)} (a run without --figure draws these {Default.Count}); "
        + $"the sharper laws' {string.Join(", ", OnlyWhenNamed)} run only when named, the -real ones on a file (--law file:PATH)";

    /// <summary>Refuses a name neither catalogue holds, listing all of them (and the one probably meant).</summary>
    public static void Check(string? figure)
    {
        if (figure is null || All.Contains(figure, StringComparer.Ordinal)) return;
        var meant = Spelling.Nearest(figure, All);
        string guess = meant.Count > 0 ? $" (did you mean {string.Join(" or ", meant.Select(m => $"'{m}'"))}?)" : "";
        throw new ArgumentException($"unknown figure '{figure}'{guess}; the {All.Count} figures are {string.Join(", ", All)}.");
    }
}

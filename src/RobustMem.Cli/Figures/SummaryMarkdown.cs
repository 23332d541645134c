using System.Globalization;
using System.Text;
using RobustMem.Curves;

namespace RobustMem.Cli.Figures;

/// <summary>The Markdown summary: one table row per claim verdict, each with its evidence and the rule that decided it.</summary>
internal static class SummaryMarkdown
{
    public static string Format(FigureScale scale, int seeds, string backend, IReadOnlyList<(FigureSpec Figure, IReadOnlyList<CurveVerdict> Verdicts)> results)
    {
        var text = new StringBuilder();
        text.Append("# robustmem reproduce: claims and verdicts\n\n");
        text.Append(string.Create(CultureInfo.InvariantCulture, $"Scale: {scale.ToString().ToLowerInvariant()}; seeds 0..{seeds - 1}; backend {backend}. "));
        text.Append("Verdicts are computed from the curves in the CSV files next to this summary (see the rule column); ");
        text.Append("ill-posed points (singular values near round-off) are left out, never counted as numbers.\n\n");
        text.Append("| claim | figure | verdict | evidence | rule |\n|---|---|---|---|---|\n");
        foreach (var (figure, verdicts) in results)
            foreach (var v in verdicts)
                text.Append($"| {v.Claim} | [{figure.Name}]({figure.Name}.png) | {v.Word} | {Escape(v.Evidence)} | {Escape(v.Rule)} |\n");
        var all = results.SelectMany(r => r.Verdicts).ToArray();
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"\n{all.Count(v => v.Pass == true)} hold, {all.Count(v => v.Pass == false)} fail, {all.Count(v => v.Pass is null)} undecided.\n"));
        return text.ToString();
    }

    private static string Escape(string s) => s.Replace("|", "\\|");
}

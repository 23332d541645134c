using System.Globalization;
using System.Text;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Figures;
using RobustMem.Verdicts;

namespace RobustMem.Cli.Figures;

/// <summary>
/// The Markdown summary: one table row per claim verdict. A bound's row gives its lower bound, its tightness and any
/// disagreement with the paper in separate columns; the other checks (claims M, N, R) give one word. Each row carries
/// its evidence and the rule that decided it.
/// </summary>
internal static class SummaryMarkdown
{
    public static string Format(FigureScale scale, int seeds, string backend, IReadOnlyList<(FigureSpec Figure, IReadOnlyList<CurveVerdict> Verdicts)> results)
    {
        var text = new StringBuilder();
        text.Append("# robustmem reproduce: claims and verdicts\n\n");
        text.Append(string.Create(CultureInfo.InvariantCulture, $"Scale: {scale.ToString().ToLowerInvariant()}; seeds 0..{seeds - 1}; backend {backend}. "));
        text.Append("Verdicts are computed from the curves in the CSV files next to this summary (see the rule column); ");
        text.Append("ill-posed points (singular values near round-off) are left out, never counted as numbers. ");
        text.Append("A bound (claims I, II, III, G, T) is judged by the fitted exponent of S/bound with its interval: the lower bound ");
        text.Append("and tightness are separate results, and an interval that cannot tell says so (undetermined) rather than \"holds\".\n\n");
        text.Append("| claim | figure | lower bound | tightness | disagreement with the paper | check | evidence | rule |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var (figure, verdicts) in results)
            foreach (var v in verdicts)
                text.Append($"| {v.Claim} | [{figure.Name}]({figure.Name}.png) | {Escape(LowerBound(v))} | {Escape(Tightness(v))} | " +
                            $"{Escape(v.Disagreement?.ToString() ?? "—")} | {(v.IsBound ? "—" : v.Word)} | {Escape(v.Evidence)} | {Escape(v.Rule)} |\n");
        text.Append('\n').Append(Counts(results.SelectMany(r => r.Verdicts).ToArray())).Append('\n');
        return text.ToString();
    }

    // One word per result of either part; a result missing here is an error, never some other result's word.
    private static readonly Dictionary<Enum, string> Words = new()
    {
        [BoundResult.Holds] = "holds", [BoundResult.Violated] = "VIOLATED", [BoundResult.Undetermined] = "undetermined", [BoundResult.NotChecked] = "—",
        [TightnessResult.Attained] = "attained", [TightnessResult.NotAttained] = "NOT attained", [TightnessResult.Unresolved] = "undetermined",
        [TightnessResult.NotApplicable] = "—",
    };

    private static string LowerBound(CurveVerdict v) => Word(v.LowerBound, v.LowerBoundNote);

    private static string Tightness(CurveVerdict v) => Word(v.Tightness, v.TightnessNote);

    private static string Word(Enum result, string note) =>
        (Words.TryGetValue(result, out var word) ? word : throw new ArgumentOutOfRangeException(nameof(result), result, "no summary word for this result"))
        + (note == "" ? "" : $": {note}");

    private static string Counts(IReadOnlyList<CurveVerdict> all)
    {
        var bounds = all.Where(v => v.IsBound).ToArray();
        var checks = all.Where(v => !v.IsBound).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"Lower bound: {bounds.Count(v => v.LowerBound == BoundResult.Holds)} hold, {bounds.Count(v => v.LowerBound == BoundResult.Violated)} violated, " +
            $"{bounds.Count(v => v.LowerBound == BoundResult.Undetermined)} undetermined. " +
            $"Tightness: {bounds.Count(v => v.Tightness == TightnessResult.Attained)} attained, {bounds.Count(v => v.Tightness == TightnessResult.NotAttained)} not attained " +
            $"({bounds.Count(v => v.Disagreement is { Source: var s } && s != LaterResults.Unexplained)} explained by later work), " +
            $"{bounds.Count(v => v.Tightness == TightnessResult.Unresolved)} undetermined. " +
            $"Other checks (M, N, R): {checks.Count(v => v.Pass == true)} hold, {checks.Count(v => v.Pass == false)} fail, {checks.Count(v => v.Pass is null)} undecided.\n");
    }

    private static string Escape(string s) => s.Replace("|", "\\|");
}

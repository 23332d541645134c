using System.Globalization;
using System.Text;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Data;
using RobustMem.Figures;
using RobustMem.SharperLaws;
using RobustMem.Verdicts;

namespace RobustMem.Cli.Figures;

/// <summary>
/// <c>summary.md</c>, to be read in one screen. For the paper's figures, which are judged: first a verdict table (claim,
/// figure, lower bound, tightness, the other checks, disagreement with the paper, the one number each row rests on), then
/// the rules, each stated once and numbered, then each row's evidence. For a figure reported beside what the laws say
/// (<see cref="FigureSpec.Expected"/>, the sharper laws'): per curve (activation, N), what it shows beside what they say.
/// </summary>
/// <remarks>
/// A bound (claims I, II, III, G, T) has one row per curve and per family of widths; claim M has one row per figure,
/// its peaks being listed in the details. A row that cannot decide names the command that would give it more seeds.
/// A reported figure is not judged: the claims B-RF, B-NTK-even, B-NTK-plateau and U are banded by the property tests
/// and <c>robustmem laws</c>; a figure's grid and seeds are the user's choice and carry no calibrated band.
/// </remarks>
internal static class SummaryMarkdown
{
    public static string Format(FigureScale scale, int seeds, string backend,
        IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves, IReadOnlyList<CurveVerdict> Verdicts)> results)
    {
        if (results.All(r => r.Figure.Expected is null)) return Verdicts(scale, seeds, backend, results.Select(r => (r.Figure, r.Verdicts)).ToArray());
        // A reported figure runs alone (reproduce --figure), so its summary is its own.
        if (results is [var (figure, curves, _)]) return Reported(scale, seeds, backend, figure, curves);
        throw new ArgumentException("a reported figure's summary is its own: run it alone (--figure).");
    }

    private static string Verdicts(FigureScale scale, int seeds, string backend, IReadOnlyList<(FigureSpec Figure, IReadOnlyList<CurveVerdict> Verdicts)> results)
    {
        var rules = results.SelectMany(r => r.Verdicts).Select(v => v.Rule).Distinct().ToList();
        string RuleId(CurveVerdict v) => Inv($"R{rules.IndexOf(v.Rule) + 1}");
        var text = new StringBuilder();
        text.Append("# robustmem reproduce: verdicts\n\n");
        text.Append(Inv($"Scale {scale.ToString().ToLowerInvariant()}; backend {backend}; {SeedText(seeds, results.Select(r => r.Figure))}. "));
        text.Append("Each rule is stated once below the table; each row's evidence follows the rules.\n\n");
        text.Append("| claim | figure | row | lower bound | tightness | other check | disagreement with the paper | rests on |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var (figure, verdicts) in results)
        {
            string link = $"[{figure.Name}]({figure.Name}.png)";
            foreach (var v in verdicts.Where(v => v.IsBound))
                text.Append($"| {v.Claim} | {link} | {Escape(v.Subject)} | {Escape(LowerBound(v, figure, seeds))} | {Escape(Tightness(v, figure, seeds))} | — | " +
                            $"{Escape(v.Disagreement?.ToString() ?? "—")} | {Escape(v.Headline)} |\n");
            // The other checks: one row per claim and figure (claim M has a verdict per threshold, listed in the details).
            foreach (var group in verdicts.Where(v => !v.IsBound).GroupBy(v => v.Claim))
            {
                var all = group.ToArray();
                string check = all.Length == 1 ? all[0].Word : Inv($"{Words(all)} ({all.Count(v => v.Pass == true)} of {all.Length})");
                string restsOn = all.Length == 1 ? all[0].Headline : "thresholds n = " + string.Join(", ", all.Select(v => v.Headline.Replace("n = ", "", StringComparison.Ordinal)).Distinct());
                text.Append($"| {group.Key} | {link} | {(all.Length == 1 ? "" : Inv($"{all.Length} thresholds"))} | — | — | {check} | — | {Escape(restsOn)} |\n");
            }
        }
        var every = results.SelectMany(r => r.Verdicts).ToArray();
        text.Append('\n').Append(Counts(every)).Append('\n');
        text.Append(FalseVerdictRate.Sentence()).Append("\n\n");
        text.Append("## Rules\n\n");
        text.Append("Verdicts are computed from the curves in the CSV files next to this summary; ill-posed points (singular values near round-off) are left out, never counted as numbers. ");
        text.Append("A bound's lower bound and tightness are separate results, and an interval that cannot tell says so (undetermined) rather than \"holds\".\n\n");
        for (int i = 0; i < rules.Count; i++)
            text.Append(Inv($"- **R{i + 1}** ({string.Join(", ", every.Where(v => v.Rule == rules[i]).Select(v => v.Claim.Id).Distinct())}): {(rules[i] == ExponentVerdicts.Rule ? "the exponent rule: " : "")}{rules[i]}\n"));
        text.Append("\n## Details\n");
        foreach (var (figure, verdicts) in results)
        {
            text.Append(Inv($"\n### {figure.Name}: {figure.Title}\n\n"));
            foreach (var v in verdicts) text.Append(Inv($"- {v.Claim.Id} ({RuleId(v)}, {Outcome(v)}): {v.Evidence}\n"));
        }
        return text.ToString();
    }

    // "seeds 0..2 at every point; 0..19 at 4 points of each bound's window (ntk-relu 0..39)".
    private static string SeedText(int seeds, IEnumerable<FigureSpec> figures)
    {
        var more = figures.Where(f => f.WindowSeeds > seeds).GroupBy(f => f.WindowSeeds).OrderByDescending(g => g.Count()).ToArray();
        string text = Inv($"seeds 0..{seeds - 1} at every point");
        if (more.Length == 0) return text;
        text += Inv($"; 0..{more[0].Key - 1} at {FigureSpec.WindowAnchors} points of each bound's window");
        var others = more.Skip(1).Select(g => string.Join(", ", g.Select(f => f.Name)) + Inv($": 0..{g.Key - 1}")).ToArray();
        return others.Length == 0 ? text : text + $" ({string.Join("; ", others)})";
    }

    // One word per result of either part; a result missing here is an error, never some other result's word.
    private static readonly Dictionary<Enum, string> WordOf = new()
    {
        [BoundResult.Holds] = "holds", [BoundResult.Violated] = "VIOLATED", [BoundResult.Undetermined] = "undetermined", [BoundResult.NotChecked] = "not applicable",
        [TightnessResult.Attained] = "attained", [TightnessResult.NotAttained] = "NOT attained", [TightnessResult.Unresolved] = "undetermined",
        [TightnessResult.NotApplicable] = "not applicable",
    };

    private static string LowerBound(CurveVerdict v, FigureSpec figure, int seeds) => Word(v.LowerBound, v.LowerBoundNote, figure, seeds);

    private static string Tightness(CurveVerdict v, FigureSpec figure, int seeds) => Word(v.Tightness, v.TightnessNote, figure, seeds);

    // An undetermined result names the run that would narrow its interval: twice the seeds at every point of its figure.
    private static string Word(Enum result, string note, FigureSpec figure, int seeds)
    {
        string word = WordOf.TryGetValue(result, out var w) ? w : throw new ArgumentOutOfRangeException(nameof(result), result, "no summary word for this result");
        bool undetermined = result is BoundResult.Undetermined or TightnessResult.Unresolved;
        string more = undetermined ? Inv($"; decide with `./robustmem reproduce --figure {figure.Name} --seeds {2 * Math.Max(seeds, figure.WindowSeeds)}`") : "";
        return word + (note == "" ? "" : $" ({note})") + more;
    }

    private static string Words(IReadOnlyList<CurveVerdict> all) =>
        all.Any(v => v.Pass == false) ? "FAILS" : all.Any(v => v.Pass is null) ? "undecided" : "holds";

    private static string Outcome(CurveVerdict v) => v.IsBound
        ? $"lower bound {WordOf[v.LowerBound]}, tightness {WordOf[v.Tightness]}"
        : v.Word;

    private static string Counts(IReadOnlyList<CurveVerdict> all)
    {
        var bounds = all.Where(v => v.IsBound).ToArray();
        var checks = all.Where(v => !v.IsBound).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"Lower bound: {bounds.Count(v => v.LowerBound == BoundResult.Holds)} hold, {bounds.Count(v => v.LowerBound == BoundResult.Violated)} violated, " +
            $"{bounds.Count(v => v.LowerBound == BoundResult.Undetermined)} undetermined, {bounds.Count(v => v.LowerBound == BoundResult.NotChecked)} not applicable. " +
            $"Tightness: {bounds.Count(v => v.Tightness == TightnessResult.Attained)} attained, {bounds.Count(v => v.Tightness == TightnessResult.NotAttained)} not attained " +
            $"({bounds.Count(v => v.Disagreement is { Source: var s } && s != LaterResults.Unexplained)} explained by later work), " +
            $"{bounds.Count(v => v.Tightness == TightnessResult.Unresolved)} undetermined. " +
            $"Other checks (M, N, R): {checks.Count(v => v.Pass == true)} hold, {checks.Count(v => v.Pass == false)} fail, {checks.Count(v => v.Pass is null)} undecided.\n");
    }

    // Per (activation, N): what the curve shows beside what the sharper laws say of it.
    private static string Reported(FigureScale scale, int seeds, string backend, FigureSpec f, IReadOnlyList<Curve> curves)
    {
        var trends = SensitivityTrend.Of(curves);
        var r = f.Curves[0].Base;
        double? paperUnit = (f.Measure as SensitivityMeasure)?.PaperUnit;
        var text = new StringBuilder();
        text.Append(Inv($"# robustmem reproduce: {f.Name}\n\n"));
        // The table first, to be read in one screen; what its columns mean and where verdicts come from, after it.
        text.Append(Inv($"Scale: {scale.ToString().ToLowerInvariant()}; seeds 0..{seeds - 1}; backend {backend}. Reported, not judged (details below the table).\n\n"));
        bool paper = paperUnit is not null;
        text.Append("| activation | N | widths | slope | S(k_max) | S(∞) | S(k_max)/S(∞) | S(k_max)/√(Nd/p) |")
            .Append(paper ? " S_paper(k_min…k_max) |" : "").Append(" the sharper laws say |\n|---|---|---|---|---|---|---|---|")
            .Append(paper ? "---|" : "").Append("---|\n");
        foreach (var t in trends)
        {
            text.Append(Inv($"| [{t.Activation.Name}]({f.Name}-{t.Activation.Name}.png) | {t.N} | {t.Widths[0]}…{t.Widths[^1]} | {t.Slope:F3} | {t.MeanSensitivity[^1]:G4} | {t.KernelSensitivity:G4} | {t.ToKernel:F3} | {t.ToUniversalBound:G4} |"));
            if (paperUnit is { } c) text.Append(" ").Append(string.Join(", ", t.MeanSensitivity.Select(s => (c * s).ToString("G3", CultureInfo.InvariantCulture)))).Append(" |");
            text.Append(Inv($" {f.Expected!(t.Activation)} |\n"));
        }
        text.Append("\n## Details\n\n");
        string labels = r.Target == LabelTarget.Classes ? "labels the file's two classes, ±1, σ = 0 (THEORY.md §5.3)"
            : Inv($"labels {LabelTargets.Name(r.Target)} with σ = {r.Noise:G4} (THEORY.md §5.1)");
        // On a file the weights are the sharper laws' own (W ~ N(0, I/d) on z = pixels/255), so the summary says which unit each S is in.
        string weights = paperUnit is { } unit
            ? Inv($"weight rows N(0, I/d) on z = pixels/255 (a CSV: its numbers), their real-data setting exactly (--setting {PaperSetting.Bombari2023.Name}; --weights-sd {r.WeightsSd:G4} in the harness's unit x = c·z); S_paper = √d·‖∇_z f(z₀)‖ = {unit:G6}·S, their unit")
            : "weight rows N(0, I_d)";
        text.Append(Inv($"{r.Model.Name}, d = {r.D}, {r.Law.Name} inputs, {weights}, {labels}. "));
        text.Append("S = ‖∇f(x₀)‖ of the min-norm interpolator at one fresh point; slope = d log S / d log p, least squares over the ");
        text.Append("widths with p ≥ p_max/4 (a plateau gives 0, √(N/k) decay −0.5); S(∞) is the kernel interpolator on the same data. ");
        text.Append("These numbers are reported, not banded: the claims' verdicts come from the property tests and `robustmem laws`.\n");
        return text.ToString();
    }

    private static string Escape(string s) => s.Replace("|", "\\|");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

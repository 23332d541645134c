using System.Globalization;
using System.Text;
using RobustMem.Data;
using RobustMem.SharperLaws;

namespace RobustMem.Cli.Figures;

/// <summary>
/// <c>summary.md</c> of a sensitivity figure: per (activation, N), what the curve shows beside what the sharper laws
/// say of it. Reported, not judged: the claims B-RF, B-NTK-even, B-NTK-plateau and U are banded by the property tests
/// and <c>robustmem laws</c>; a figure's grid and seeds are the user's choice and carry no calibrated band.
/// </summary>
internal static class SensitivitySummaryMarkdown
{
    public static string Format(SensitivityPlan plan, string backend, IReadOnlyList<SensitivityTrend> trends)
    {
        var f = plan.Figure;
        var text = new StringBuilder();
        text.Append(Inv($"# robustmem reproduce: {f.Name}\n\n"));
        // The table first, to be read in one screen; what its columns mean and where verdicts come from, after it.
        text.Append(Inv($"Scale: {plan.Scale.ToString().ToLowerInvariant()}; seeds 0..{plan.Seeds - 1}; backend {backend}. Reported, not judged (details below the table).\n\n"));
        bool paper = f.PaperUnit is not null;
        text.Append("| activation | N | widths | slope | S(k_max) | S(∞) | S(k_max)/S(∞) | S(k_max)/√(Nd/p) |")
            .Append(paper ? " S_paper(k_min…k_max) |" : "").Append(" the sharper laws say |\n|---|---|---|---|---|---|---|---|")
            .Append(paper ? "---|" : "").Append("---|\n");
        foreach (var t in trends)
        {
            text.Append(Inv($"| [{t.Activation.Name}]({f.Name}-{t.Activation.Name}.png) | {t.N} | {t.Widths[0]}…{t.Widths[^1]} | {t.Slope:F3} | {t.MeanSensitivity[^1]:G4} | {t.KernelSensitivity:G4} | {t.ToKernel:F3} | {t.ToUniversalBound:G4} |"));
            if (f.PaperUnit is { } c) text.Append(" ").Append(string.Join(", ", t.MeanSensitivity.Select(s => (c * s).ToString("G3", CultureInfo.InvariantCulture)))).Append(" |");
            text.Append(Inv($" {f.Expected(t.Activation)} |\n"));
        }
        text.Append("\n## Details\n\n");
        string labels = f.Target == LabelTarget.Classes ? "labels the file's two classes, ±1, σ = 0 (THEORY.md §5.3)"
            : Inv($"labels {LabelTargets.Name(f.Target)} with σ = {f.Noise:G4} (THEORY.md §5.1)");
        // On a file the weights are the sharper laws' own (W ~ N(0, I/d) on z = pixels/255), so the summary says which unit each S is in.
        string weights = f.PaperUnit is { } unit
            ? Inv($"weight rows N(0, I/d) on z = pixels/255 (a CSV: its numbers), their real-data setting exactly (--setting {PaperSetting.Bombari2023.Name}; --weights-sd {f.WeightsSd:G4} in the harness's unit x = c·z); S_paper = √d·‖∇_z f(z₀)‖ = {unit:G6}·S, their unit")
            : "weight rows N(0, I_d)";
        text.Append(Inv($"{f.Model.Name}, d = {f.D}, {f.Law.Name} inputs, {weights}, {labels}. "));
        text.Append("S = ‖∇f(x₀)‖ of the min-norm interpolator at one fresh point; slope = d log S / d log p, least squares over the ");
        text.Append("widths with p ≥ p_max/4 (a plateau gives 0, √(N/k) decay −0.5); S(∞) is the kernel interpolator on the same data. ");
        text.Append("These numbers are reported, not banded: the claims' verdicts come from the property tests and `robustmem laws`.\n");
        return text.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

using System.Text.Json;
using RobustMem.Cli.Laws;
using RobustMem.Claims;
using RobustMem.Laws;
using RobustMem.Models;

namespace RobustMem.Tests.Cli;

/// <summary>The rows of <c>robustmem laws</c> and their three formats, on fixed verdicts: no fit runs.</summary>
public sealed class LawsTableTests
{
    // Every figure name the checks' verdicts carry, each with its own value, so a row shows which one it read.
    private static readonly Dictionary<string, double> Figures = new()
    {
        ["ratio(n)"] = 1.11, ["ratio(4n)"] = 1.12, ["relative(4n)"] = 1.13, ["quotient"] = 0.97,
        ["R(k)"] = 1.03, ["R(8k)"] = 2.57, ["Q"] = 2.49, ["gamma"] = -0.061,
        ["S/bound(k)"] = 1.91, ["S/bound(4k)"] = 2.05, ["S(4k)/S(kernel)"] = 1.02,
        ["S/bound"] = 2.86, ["Lip/bound"] = 7.5,
    };

    private static LawRegime Entry(Law law, Model model) => LawRegimes.Regimes.Single(r => r.Law == law && r.Model == model);

    private static LawRow Row(Law law, Model model, bool passed = true, BoundResult bound = BoundResult.Holds,
        TightnessResult tightness = TightnessResult.Attained, Disagreement? disagreement = null, params string[] conditions)
    {
        var entry = Entry(law, model);
        var verdict = new ClaimVerdict(entry.Check.Claim, entry.Regime, Control.None, 3.0, 1.5, 2.0, new Band(1, 3, "fixed"), passed,
            conditions, Figures) { LowerBound = bound, Tightness = tightness, Disagreement = disagreement };
        return LawRow.Checked(entry, verdict);
    }

    private static readonly Disagreement Plateau = WidthCheck.NonEvenPlateau with { Measured = "S ∝ k^γ over k = 4…32 at n = 40: γ = -0.061" };

    private static IReadOnlyList<LawRow> Rows() =>
    [
        Row(Law.Dohmatob, Model.RandomFeatures),
        Row(Law.DohmatobInTheWidth, Model.NeuralTangent, tightness: TightnessResult.NotAttained, disagreement: Plateau),
        Row(Law.Universal, Model.RandomFeatures, passed: false, bound: BoundResult.Violated, tightness: TightnessResult.NotApplicable,
            conditions: ["[ok] well-posed", "[VIOLATED] bound: S/√(nd/p) = 0.5 in [1.18, ∞)"]),
        Row(Law.SharperRandomFeatures, Model.RandomFeatures, bound: BoundResult.NotChecked, tightness: TightnessResult.NotAttained),
        LawRow.NotApplicable(Assert.IsType<LawNotApplicable>(LawRegimes.For(Model.RandomFeatureKernel).Single(e => e.Law == Law.Universal))),
    ];

    // Per row of Rows(): the lower bound, tightness and disagreement cells; a disagreement is matched by its start.
    private static readonly (string LowerBound, string Tightness, string Disagreement)[] Expected =
    [
        ("holds: S/√n at n 1.11, S/√n at 4n 1.12, S/prediction at 4n 1.13", "attained: Q = S/prediction at 4n over at n 0.97", "none"),
        ("holds: R(k) 1.03, R(8k) 2.57", "not attained: Q = R(8k)/R(k) 2.49, γ -0.061",
            "paper: the min-norm interpolator attains every lower bound, here S ≍ √(n/k) (Dohmatob 2021, abstract); measured: S ∝ k^γ over k = 4…32 at n = 40: γ = -0.061; explained by Bombari, Kiyani & Mondelli 2023"),
        ("VIOLATED: S/√(nd/p) 2.86, Lip/√(nd/p) 7.5", "not applicable", "none established; the check FAILED: [VIOLATED] bound: S/√(nd/p) = 0.5 in [1.18, ∞)"),
        ("not checked", "not attained: Q = S(4k)/S(k) 2.49, S(4k)/S(kernel) 1.02, S/√(Nd/p) at 4k 2", "none"),
        ("not applicable", "not applicable", "none (not applicable)"),
    ];

    [Fact]
    public void Row_KeepsTheThreeResultsApart_EachWithItsNumbers()
    {
        var rows = Rows();
        Assert.Equal(Expected.Length, rows.Count);
        foreach (var (row, expected) in rows.Zip(Expected))
        {
            Assert.Equal(expected.LowerBound, row.LowerBoundText);
            Assert.Equal(expected.Tightness, row.TightnessText);
            Assert.StartsWith(expected.Disagreement, row.DisagreementText);
        }
        Assert.Equal("rf relu sphere, d=80 k=160 n=24 σ=1, seed 0", rows[0].Regime);
        Assert.EndsWith("seed 0, --weights-sd 1, --target none", rows[3].Regime);   // the sharper laws' setting, as measure's flags
        Assert.False(rows[4].Applicable);
        Assert.StartsWith("not applicable: the law counts parameters", rows[4].Regime);
    }

    [Fact]
    public void Markdown_IsOneTableLinePerRow_WithPipesEscaped()
    {
        using var output = new StringWriter { NewLine = "\n" };
        LawsMarkdown.Write(Rows(), output);
        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(2 + Rows().Count, lines.Length);
        Assert.Equal("| model | law (source) | regime | lower bound | tightness | disagreement with the paper |", lines[0]);
        Assert.All(lines, l => Assert.Equal(7, l.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
        Assert.StartsWith("| ntk | S ≳ √(n/k) as k grows at fixed n", lines[3]);
        Assert.Contains("| holds: R(k) 1.03, R(8k) 2.57 | not attained: Q = R(8k)/R(k) 2.49, γ -0.061 | paper: ", lines[3]);
    }

    [Fact]
    public void Json_CarriesEachResultWithItsFigures_AndWhyNotWhereALawDoesNotApply()
    {
        using var output = new StringWriter { NewLine = "\n" };
        LawsJson.Write(Rows(), new LawsRun(7, "managed"), output);
        var root = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal((7, "managed"), (root.GetProperty("seed").GetInt32(), root.GetProperty("backend").GetString()));
        var laws = root.GetProperty("laws").EnumerateArray().ToList();
        Assert.Equal(5, laws.Count);
        var width = laws[1];
        Assert.Equal(("ntk", "dohmatob-width", "III"), (width.GetProperty("model").GetString(), width.GetProperty("law").GetString(), width.GetProperty("claim").GetString()));
        Assert.Equal("not attained", width.GetProperty("tightness").GetProperty("result").GetString());
        Assert.Equal(2.49, Assert.Single(width.GetProperty("tightness").GetProperty("figures").EnumerateArray(),
            f => f.GetProperty("figure").GetString() == "Q = R(8k)/R(k)").GetProperty("value").GetDouble());
        Assert.Contains("Bombari", width.GetProperty("disagreement").GetProperty("explained_by").GetString());
        Assert.Equal(JsonValueKind.Null, laws[0].GetProperty("disagreement").ValueKind);
        Assert.False(laws[2].GetProperty("passed").GetBoolean());
        Assert.False(laws[4].GetProperty("applicable").GetBoolean());
        Assert.StartsWith("not applicable: the law counts parameters", laws[4].GetProperty("why_not").GetString());
    }

    [Fact]
    public void Table_HasTheColumns_AndFitsTheRedirectedWidth()
    {
        using var output = new StringWriter { NewLine = "\n" };
        LawsTable.Write(Rows(), output);
        string text = output.ToString();
        foreach (string column in new[] { "model", "law (source)", "regime", "lower bound", "tightness", "disagreement with the paper" })
            Assert.Contains(column, text);
        Assert.Contains("not attained", text);
        Assert.All(text.TrimEnd('\n').Split('\n'), l => Assert.True(l.Length <= LawsTable.RedirectedWidth, l));
    }
}

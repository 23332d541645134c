using System.Globalization;
using System.Text.Json;
using RobustMem.Experiments;
using RobustMem.Figures;
using RobustMem.Schema;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Schema;

/// <summary>
/// Every CSV a default run writes is tidy (issue 20): read with a plain RFC 4180 reader, it has one column per variable,
/// named as <c>measure</c>'s JSON names them, and one row per fit of the run's plan.
/// </summary>
/// <remarks>
/// The curve CSVs are the golden fixture's, which <c>GoldenOutputTests.Reproduce_DefaultCsvsAndSummary_AreUnchanged</c>
/// holds equal to a fresh default <c>reproduce</c>, so no sweep runs here; the sensitivity CSV is the snapshot grid's
/// (16 fits). <c>SensitivityFigureCommandTests</c> checks the <c>-real</c> figure's CSV a run writes on a file.
/// </remarks>
public sealed class TidyOutputTests
{
    internal static readonly string Fixture = Path.Combine(RepositoryRoot.Path, "tests", "RobustMem.Tests", "Golden", "fixture");

    private static readonly string[] CurveMeasured = ["sobolev", "sobolev_stderr", "sobolev_exact", "bound", "train_error", "test_error", "rank", "sobolev_star0"];

    private static readonly string[] SensitivityMeasured = ["params", "sensitivity", "universal_bound"];

    [Fact]
    public void EveryDefaultCurveCsv_IsTidy_WithOneRowPerFitOfThePlan()
    {
        var files = Directory.GetFiles(Path.Combine(Fixture, "reproduce"), "*.csv");
        Assert.Equal(FigureCatalog.Figures(FigureScale.Default).Count, files.Length);
        foreach (var path in files)
        {
            string text = File.ReadAllText(path);
            var problems = TidyCsv.Problems(text, CurveMeasured);
            Assert.True(problems.Count == 0, $"{Path.GetFileName(path)}: {string.Join("; ", problems.Take(5))}");
            var records = TidyCsv.Read(text);
            // The fixture is reproduce's default, --seeds 3; the plan adds its window seeds at the anchors itself (issue 20).
            var plan = new SweepPlan(FigureScale.Default, 3, Path.GetFileNameWithoutExtension(path));
            Assert.Equal(plan.Items.Select(i => Fit(i.Regime)).Order(), Fits(records).Order());
        }
    }

    [Fact]
    public void SensitivityCsv_IsTidy_WithOneRowPerFitOfThePlan()
    {
        var plan = new SweepPlan(FigureScale.Snapshot, 1, "sensitivity-ntk");
        string text = RobustMem.Curves.CurveCsv.Format(SweepRunner.Run(plan, Shard.Whole).Single().Curves);
        var problems = TidyCsv.Problems(text, SensitivityMeasured);
        Assert.True(problems.Count == 0, string.Join("; ", problems));
        Assert.Equal(plan.Items.Select(i => Fit(i.Regime)).Order(), Fits(TidyCsv.Read(text)).Order());
    }

    [Fact]
    public void CsvColumns_AreNamedAsMeasuresJsonKeys()
    {
        using var json = JsonDocument.Parse(File.ReadLines(Path.Combine(Fixture, "measure.jsonl")).First());
        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(["bound_kind", "sobolev_star0"], RobustMem.Curves.CurveCsv.Header.Split(',').Where(c => !keys.Contains(c)));
        // The sensitivity CSV's regime and measured columns are the JSON's; a column the JSON does not have (a paper's
        // reading beside the measurement) may follow them.
        var sensitivity = RobustMem.Curves.CurveCsv.HeaderOf(new RobustMem.Curves.SensitivityMeasure()).Split(',');
        Assert.Equal([.. TidyCsv.Variables, .. SensitivityMeasured], sensitivity.Take(TidyCsv.Variables.Length + SensitivityMeasured.Length));
        Assert.All(TidyCsv.Variables.Concat(SensitivityMeasured), c => Assert.Contains(c, keys));
    }

    [Fact]
    public void TheOldPackedCsv_IsNotTidy()
    {
        string old = File.ReadAllText(Path.Combine(Fixture, "previous-format", "label-noise.csv"));
        Assert.Contains("no column 'model'", TidyCsv.Problems(old, CurveMeasured));
        string packed = "model,activation,law,d,k,n,noise,ridge,weights_sd,seed,repeat\nrf,relu-d20-k400,sphere,20,400,10,1,0,0.2,0,0\nrf,relu,sphere,20,400,10,1,0,0.2,0,0\nrf,relu,sphere,20,400,10,1,0,0.2,0,0\n";
        var problems = TidyCsv.Problems(packed, []);
        Assert.Contains("'activation' holds 'relu-d20-k400', several variables in one cell", problems);
        Assert.Contains(problems, p => p.StartsWith("2 rows for the fit", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReader_FollowsRfc4180() =>
        Assert.Equal([["a", "b,c", "say \"x\""], ["1", "", "line\nbreak"]], TidyCsv.Read("a,\"b,c\",\"say \"\"x\"\"\"\r\n1,,\"line\nbreak\"\n"));

    // A fit as the row says it, numbers compared as numbers: model, activation, law, d, k (empty for a kernel), n, noise, ridge, seed, repeat.
    private static IEnumerable<string> Fits(List<string[]> records)
    {
        var header = records[0];
        string Cell(string[] row, string name) => row[Array.IndexOf(header, name)];
        string Num(string cell) => cell == "" ? "" : double.Parse(cell, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
        return records.Skip(1).Select(r => string.Join('|', Cell(r, "model"), Cell(r, "activation"), Cell(r, "law"), Num(Cell(r, "d")), Num(Cell(r, "k")),
            Num(Cell(r, "n")), Num(Cell(r, "noise")), Num(Cell(r, "ridge")), Num(Cell(r, "seed")), Num(Cell(r, "repeat"))));
    }

    // The same from the plan's regime, read off its fields (not through the writer's RegimeColumns).
    private static string Fit(Regime r) => string.Join('|', r.Model.Name, r.Sigma.Name, r.Law.Name, r.D.ToString(CultureInfo.InvariantCulture),
        r.Model.HasWidth ? ((double)r.K).ToString("R", CultureInfo.InvariantCulture) : "", ((double)r.N).ToString("R", CultureInfo.InvariantCulture),
        r.Noise.ToString("R", CultureInfo.InvariantCulture), r.Ridge.ToString("R", CultureInfo.InvariantCulture), ((double)r.Seed).ToString("R", CultureInfo.InvariantCulture), "0");
}

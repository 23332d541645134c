using System.Globalization;
using RobustMem.Figures;
using RobustMem.Schema;
using RobustMem.Sweeps;
using RobustMem.Tests.Schema;

namespace RobustMem.Tests.Golden;

/// <summary>
/// The tidy CSVs (issue 20) hold the numbers the packed ones held: every value of the default run's CSVs as recorded before
/// the change (<c>fixture/previous-format/</c>, one <c>curve</c> string, columns <c>S</c>, <c>S_stderr</c>, …) is the value the
/// re-recorded fixture holds for the same fit, compared as a number.
/// </summary>
/// <remarks>
/// A row is found by its fit, read independently on each side: the old curve's name gives its regime through the default
/// catalogue, the new row states it in its columns. Rows of fits the current default plan no longer has (a changed grid)
/// are not compared; every one it still has must be there with the same numbers. The golden test then holds the new
/// fixture equal to a fresh run, so the numbers of a run did not move when its format changed.
/// </remarks>
public sealed class PreviousFormatTests
{
    /// <summary>Old column names to new: the measured columns of the n-sweeps' CSV, then the fields each writes itself.</summary>
    private static readonly Dictionary<string, string> Renamed = MeasurementSchema.Columns.Where(RobustMem.Curves.CurveMeasure.Seminorm.Holds).ToDictionary(c => c.Name, c => c.CsvName)
        .Concat(new Dictionary<string, string> { ["n"] = "n", ["seed"] = "seed", ["bound_kind"] = "bound_kind" }).ToDictionary();

    private static readonly Dictionary<string, int> Unchanged = new() { ["kernels.csv"] = 120, ["label-noise.csv"] = 90, ["ridge.csv"] = 180, ["tightness.csv"] = 60 };

    [Fact]
    public void EveryNumberOfThePackedCsvs_IsInTheTidyOnes()
    {
        int compared = 0;
        foreach (var oldPath in Directory.GetFiles(Path.Combine(TidyOutputTests.Fixture, "previous-format"), "*.csv"))
        {
            string name = Path.GetFileName(oldPath);
            // Curve names are unique within a figure, not across figures (rf-relu and activations share one since issue 20).
            var figure = FigureCatalog.Figures(FigureScale.Default).Single(f => f.Name == Path.GetFileNameWithoutExtension(name));
            var specs = figure.Curves.ToDictionary(c => c.Name);
            int comparedHere = 0;
            var old = TidyCsv.Read(File.ReadAllText(oldPath));
            var tidy = TidyCsv.Read(File.ReadAllText(Path.Combine(TidyOutputTests.Fixture, "reproduce", name)));
            var (oh, th) = (old[0], tidy[0]);
            Assert.Equal(old[0].Length - 1, Renamed.Keys.Intersect(oh).Count());
            var rows = tidy.Skip(1).ToDictionary(r => Key(th, r));
            int seeds = 1 + old.Skip(1).Max(r => int.Parse(r[Array.IndexOf(oh, "seed")], CultureInfo.InvariantCulture));
            var planned = new SweepPlan(FigureScale.Default, seeds, Path.GetFileNameWithoutExtension(name)).Items.Select(i => (i.Curve.Name, i.X!.Value, i.Seed)).ToHashSet();
            foreach (var row in old.Skip(1))
            {
                string curve = row[Array.IndexOf(oh, "curve")];
                int n = int.Parse(row[Array.IndexOf(oh, "n")], CultureInfo.InvariantCulture), seed = int.Parse(row[Array.IndexOf(oh, "seed")], CultureInfo.InvariantCulture);
                if (!planned.Contains((curve, n, seed))) continue;
                var r = specs[curve].At(n, seed);
                string key = string.Join('|', r.Model.Name, r.Sigma.Name, r.Law.Name, Num(r.D), r.Model.HasWidth ? Num(r.K) : "", Num(n), Num(r.Noise), Num(r.Ridge), Num(seed));
                Assert.True(rows.TryGetValue(key, out var now), $"{name}: no tidy row for {curve} n={n} seed={seed} ({key})");
                foreach (var (from, to) in Renamed)
                {
                    // S*(0) is computed only where a figure draws it (the tightness figure) since issue 20: elsewhere the column is empty by design.
                    if (to == "sobolev_star0" && !figure.ShowFrontier) continue;
                    string was = row[Array.IndexOf(oh, from)], @is = now[Array.IndexOf(th, to)];
                    Assert.True(Same(was, @is), $"{name}, {curve} n={n} seed={seed}: {from} was '{was}', {to} is '{@is}'");
                }
                compared++;
                comparedHere++;
            }
            // The figures whose regimes issue 20 left alone keep every fit of seeds 0..2 (rows of the old fixture).
            if (Unchanged.TryGetValue(name, out int expected)) Assert.True(comparedHere == expected, $"{name}: {comparedHere} fits compared, expected {expected}");
        }
        Assert.True(compared > 0, "no row of the previous format is a fit of the current default plan");
    }

    private static string Key(string[] header, string[] row) => string.Join('|',
        new[] { "model", "activation", "law", "d", "k", "n", "noise", "ridge", "seed" }.Select(c => row[Array.IndexOf(header, c)]).Select((v, i) => i < 3 || v == "" ? v : Num(double.Parse(v, CultureInfo.InvariantCulture))));

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    // The same text, or the same number: parsed, equal, or within the golden test's 1e-9 off the recording machine.
    private static bool Same(string was, string @is)
    {
        if (was == @is) return true;
        if (!double.TryParse(was, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.TryParse(@is, NumberStyles.Float, CultureInfo.InvariantCulture, out double y)) return false;
        return x == y || Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y));
    }
}

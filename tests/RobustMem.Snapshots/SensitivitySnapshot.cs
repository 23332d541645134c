using System.Globalization;
using System.Text;
using RobustMem.Curves;
using RobustMem.SharperLaws;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>The approved form of a sensitivity figure (<c>reproduce --figure sensitivity-*</c>): every point of its snapshot grid (every other width of the default grid, its smaller N) at one seed.</summary>
internal sealed record SensitivitySnapshot(string Figure, int Seed, IReadOnlyList<SensitivitySnapshotRow> Rows)
{
    /// <summary>The rows of the points measured at <paramref name="seed"/>, each with the item it was measured for (its activation, N and width).</summary>
    public static SensitivitySnapshot Of(string figure, int seed, IEnumerable<(SweepItem Item, CurvePoint Point)> points) =>
        new(figure, seed, points.Where(p => p.Point.Seed == seed).Select(p => new SensitivitySnapshotRow(p.Item.Curve.Base.Sigma.Name, p.Item.Curve.Base.N, SweptVariable.Text(p.Item.X),
            SensitivityTrend.SensitivityOf(p.Point) is var s && double.IsFinite(s) ? s : null)).ToArray());

    /// <summary>One item measured as <c>reproduce</c> measures it, on <paramref name="la"/>, with its regime changed by <paramref name="change"/> when given.</summary>
    public static CurvePoint Measure(SweepItem item, RobustMem.LinearAlgebra.ILinearAlgebra la, Func<RobustMem.Experiments.Regime, RobustMem.Experiments.Regime>? change = null) =>
        item.Curve.Measure.Measure(change is null ? item.Regime : change(item.Regime), item.X, item.Figure.ShowFrontier, la, null);

    /// <summary>Every row whose S moved beyond <see cref="SensitivitySnapshotTolerance.Rtol"/>, or that appeared or vanished, as a table; null when none did.</summary>
    public static string? Describe(SensitivitySnapshot obtained, SensitivitySnapshot approved, string approvedPath, string mismatchPath)
    {
        var expected = approved.Rows.ToDictionary(r => r.Point());
        var moved = new List<string>();
        foreach (var row in obtained.Rows)
        {
            if (!expected.Remove(row.Point(), out var was)) { moved.Add($"| {row.Point()} | {Show(row.S)} | (not in snapshot) |"); continue; }
            bool same = row.S is null ? was.S is null : was.S is not null && Math.Abs(row.S.Value - was.S.Value) <= SensitivitySnapshotTolerance.Rtol * Math.Abs(was.S.Value);
            if (!same) moved.Add($"| {row.Point()} | {Show(row.S)} | {Show(was.S)} ({(row.S - was.S) / was.S:+0.0%;-0.0%}) |");
        }
        moved.AddRange(expected.Values.Select(r => $"| {r.Point()} | (missing) | {Show(r.S)} |"));
        if (moved.Count == 0) return null;
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"sensitivity figure '{obtained.Figure}' moved at {moved.Count} point(s) beyond rtol {SensitivitySnapshotTolerance.Rtol}:"));
        text.AppendLine("| activation/N/k | obtained S | approved S |").AppendLine("|---|---|---|");
        foreach (var line in moved) text.AppendLine(line);
        text.AppendLine($"If the change is intended: mv {mismatchPath} {approvedPath}");
        return text.ToString();
    }

    private static string Show(double? v) => v is double x ? x.ToString("G6", CultureInfo.InvariantCulture) : "null";
}

/// <summary>One point: activation, N, width (<c>inf</c> for the kernel) and S (null when ill-posed).</summary>
internal sealed record SensitivitySnapshotRow(string Activation, int N, string K, double? S)
{
    public string Point() => string.Create(CultureInfo.InvariantCulture, $"{Activation}/N={N}/k={K}");
}

using System.Globalization;
using System.Text;

namespace RobustMem.Snapshots;

/// <summary>One value that moved beyond its column's tolerance.</summary>
internal sealed record SnapshotMismatch(int N, string Column, double? Obtained, double? Expected, double Tolerance)
{
    public double? Difference => Obtained - Expected;
}

/// <summary>Compares a curve with its approved snapshot column by column, within <see cref="SnapshotTolerances"/>, and reports only what moved.</summary>
/// <remarks>Snapshooter compares JSON exactly; a curve's last digits depend on BLAS summation order, so the comparison of numbers is done here.</remarks>
internal static class TolerantCurveComparer
{
    public static IReadOnlyList<SnapshotMismatch> Compare(CurveSnapshot obtained, CurveSnapshot expected)
    {
        var mismatches = new List<SnapshotMismatch>();
        var expectedByN = expected.Rows.ToDictionary(r => r.N);
        foreach (var row in obtained.Rows)
        {
            if (!expectedByN.Remove(row.N, out var approved))
            {
                mismatches.Add(new(row.N, "(point not in snapshot)", row.Value("S"), null, 0));
                continue;
            }
            foreach (var ((column, value), (_, approvedValue)) in row.Columns().Zip(approved.Columns()))
            {
                var (atol, rtol) = SnapshotTolerances.ByColumn[column];
                double tolerance = atol + rtol * Math.Abs(approvedValue ?? 0);
                // null is "ill-posed" or "not computed": it must stay so, and a number must stay a number.
                bool same = value is null ? approvedValue is null
                    : approvedValue is not null && Math.Abs(value.Value - approvedValue.Value) <= tolerance;
                if (!same) mismatches.Add(new(row.N, column, value, approvedValue, tolerance));
            }
        }
        mismatches.AddRange(expectedByN.Values.Select(r => new SnapshotMismatch(r.N, "(point missing)", null, r.Value("S"), 0)));
        return mismatches;
    }

    /// <summary>point | obtained | expected | diff, then the commands that approve the new curve on purpose.</summary>
    public static string Describe(string name, IReadOnlyList<SnapshotMismatch> mismatches, string approvedPath, string mismatchPath)
    {
        var text = new StringBuilder();
        text.AppendLine(Inv($"curve '{name}' moved at {mismatches.Count} value(s) beyond the tolerance (atol + rtol·|expected|, SnapshotTolerances):"));
        text.AppendLine("| point | obtained | expected | diff | tolerance |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var m in mismatches)
        {
            string relative = m.Difference is double d && m.Expected is double e && e != 0 ? Inv($" ({d / Math.Abs(e):+0.0%;-0.0%})") : "";
            text.AppendLine(Inv($"| n={m.N} {m.Column} | {Show(m.Obtained)} | {Show(m.Expected)} | {Show(m.Difference)}{relative} | {m.Tolerance:G3} |"));
        }
        text.AppendLine("If the change is intended, approve the obtained curve (written next to the approved one):");
        text.AppendLine($"  mv {mismatchPath} {approvedPath}");
        text.AppendLine($"or regenerate it: rm {approvedPath} && dotnet test tests/RobustMem.Snapshots --filter-display-name \"*{name}*\"");
        return text.ToString();
    }

    private static string Show(double? v) => v is double x ? x.ToString("G6", CultureInfo.InvariantCulture) : "null";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

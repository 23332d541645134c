using RobustMem.Curves;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>Measures the seed spread behind <see cref="SnapshotTolerances"/>: per column, the median over every snapshot grid point of the relative standard deviation across seeds.</summary>
public static class SnapshotCalibration
{
    public const int Seeds = 8;

    public static IReadOnlyDictionary<string, double> MedianRelativeSeedSpread()
    {
        var spreads = new Dictionary<string, List<double>>();
        foreach (var spec in SnapshotCurves.All)
        {
            var curve = CurveSweep.Run(spec, Seeds);
            var snapshots = Enumerable.Range(0, Seeds).Select(s => CurveSnapshot.Of(curve, s)).ToArray();
            for (int i = 0; i < snapshots[0].Rows.Count; i++)
                foreach (var (column, _) in snapshots[0].Rows[i].Columns())
                {
                    var values = snapshots.Select(s => s.Rows[i].Columns().First(c => c.Column == column).Value).OfType<double>().ToArray();
                    if (values.Length < 2) continue;
                    double mean = values.Average();
                    if (Math.Abs(mean) < 1e-12) continue;
                    double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
                    (spreads.TryGetValue(column, out var list) ? list : spreads[column] = []).Add(sd / Math.Abs(mean));
                }
        }
        return spreads.ToDictionary(p => p.Key, p => Median(p.Value));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : 0.5 * (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]);
    }
}

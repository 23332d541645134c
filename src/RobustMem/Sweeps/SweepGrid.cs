namespace RobustMem.Sweeps;

/// <summary>Grids of n: log-spaced, plus points on and around each threshold so a peak is sampled where claim M puts it.</summary>
internal static class SweepGrid
{
    /// <summary>About <paramref name="count"/> integers log-spaced in [from, to], distinct and ascending.</summary>
    public static int[] Log(int from, int to, int count)
    {
        Preconditions.CheckRange(from, 1, to, nameof(from));
        Preconditions.CheckRange(count, 2, 10_000, nameof(count));
        return Enumerable.Range(0, count)
            .Select(i => (int)Math.Round(from * Math.Pow((double)to / from, i / (count - 1.0))))
            .Distinct().Order().ToArray();
    }

    /// <summary>The grid with, for each threshold t, the points t·(1 ± offsets) and t itself added.</summary>
    public static int[] WithThresholds(IEnumerable<int> grid, IEnumerable<int> thresholds, params double[] offsets)
    {
        var all = new SortedSet<int>(grid);
        foreach (int t in thresholds)
        {
            all.Add(t);
            foreach (double o in offsets)
            {
                // Rounded toward t, so the ±10% neighbours stay inside a ±10% peak tolerance.
                all.Add((int)Math.Ceiling(t * (1 - o)));
                all.Add((int)Math.Floor(t * (1 + o)));
            }
        }
        all.RemoveWhere(n => n < 1);
        return [.. all];
    }
}

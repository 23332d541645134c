namespace RobustMem.Curves;

/// <summary>The mean over seeds at one n, with the seed spread (sample standard deviation) the figures draw as a band.</summary>
internal sealed record CurveSummaryPoint(
    int N,
    int Seeds,
    int IllPosedSeeds,
    double Sobolev,
    double SobolevSpread,
    double TestError,
    double TrainError,
    double Bound,
    double FrontierAtZero,
    double Rank)
{
    public double Ratio => Sobolev / Bound;

    public bool IllPosed => IllPosedSeeds == Seeds;

    internal static CurveSummaryPoint Of(int n, IReadOnlyList<CurvePoint> points)
    {
        var ok = points.Where(p => !p.IllPosed).ToArray();
        var frontier = ok.Where(p => p.FrontierAtZero is double f && double.IsFinite(f)).Select(p => p.FrontierAtZero!.Value).ToArray();
        return new CurveSummaryPoint(n, points.Count, points.Count - ok.Length,
            Mean(ok.Select(p => p.Sobolev)), Spread(ok.Select(p => p.Sobolev)),
            Mean(ok.Select(p => p.TestError)), Mean(points.Select(p => p.TrainError)),
            points[0].Bound, Mean(frontier), points.Average(p => p.Rank));
    }

    private static double Mean(IEnumerable<double> values)
    {
        var v = values.ToArray();
        return v.Length == 0 ? double.NaN : v.Average();
    }

    private static double Spread(IEnumerable<double> values)
    {
        var v = values.ToArray();
        if (v.Length < 2) return 0;
        double mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
    }
}

using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Frontier;
using RobustMem.LinearAlgebra;
using RobustMem.Seminorm;
using RobustMem.Features;
using RobustMem.Curves;

namespace RobustMem.Sweeps;

/// <summary>Sweeps a <see cref="CurveSpec"/> over its n grid and seeds; adds S*(0) where C is exact.</summary>
/// <remarks>
/// Seeds are 0 .. seeds−1 of <see cref="Regime.Seed"/>, so a point is a pure function of (spec, n, seed):
/// the same inputs give the same bytes in every CSV and snapshot.
/// </remarks>
internal static class CurveSweep
{
    /// <summary>Runs every (n, seed); <paramref name="progress"/> is called once per point done.</summary>
    public static Curve Run(CurveSpec spec, int seeds, ILinearAlgebra? la = null, Action<CurvePoint>? progress = null, bool frontier = true) =>
        Run(spec, Enumerable.Range(0, Preconditions.CheckRange(seeds, 1, 10_000, nameof(seeds))).ToArray(), la, progress, frontier);

    /// <summary>Runs every n for the given seeds, in order.</summary>
    public static Curve Run(CurveSpec spec, IReadOnlyList<int> seeds, ILinearAlgebra? la = null, Action<CurvePoint>? progress = null, bool frontier = true)
    {
        if (seeds.Count == 0) throw new ArgumentException("at least one seed is needed.", nameof(seeds));
        la ??= Backend.Current;
        foreach (int n in spec.Ns) spec.At(n, 0).Validate();
        var points = new List<CurvePoint>();
        foreach (int n in spec.Ns)
            foreach (int seed in seeds)
            {
                var point = Measure(spec.At(n, seed), la, frontier: frontier);
                points.Add(point);
                progress?.Invoke(point);
            }
        return new Curve(spec, points);
    }

    /// <summary>One point: fit, measure, and for RF relu/abs the exact frontier end point S*(0).</summary>
    /// <param name="regime">The regime at one n and seed.</param>
    /// <param name="la">Backend.</param>
    /// <param name="includeCurvatureTerm">False only for the deliberately broken NTK control without the σ″ term.</param>
    /// <param name="frontier">Also compute S*(0); <c>reproduce</c> does only for the figures that draw and judge it (claim T):
    /// its O(k³) factorization was half the label-noise figure's time, for a column nothing read.</param>
    public static CurvePoint Measure(Regime regime, ILinearAlgebra la, bool includeCurvatureTerm = true, bool frontier = true)
    {
        var fitted = Experiment.Fit(regime, 0, la, new FitParts { CurvatureTerm = includeCurvatureTerm });
        var m = Experiment.Measure(fitted, la.Name);
        double? atZero = null;
        // THEORY.md §4: C must be exact; only RF relu/abs on a rotation-invariant law has it in closed form.
        if (frontier && !m.IllPosed && fitted is FittedFeatureModel { Features: var z, ExactSeminormMatrix: { } c })
            atZero = new TradeoffFrontier(z, c, fitted.Train.Y, la).AtZero;
        return new CurvePoint(regime.N, regime.Seed, m.Sobolev, m.SobolevStdErr, m.SobolevExact, m.TrainError, m.TestError,
            m.Rank, m.Bound, atZero, m.IllPosed);
    }
}

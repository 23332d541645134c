using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// Conditions a run must meet before its ratios mean anything. Each is an independent check on a number that scales a
/// ratio or on a hypothesis of the theorem, so that no scale can follow a bug down (docs/results/power.md).
/// </summary>
internal static class RunSanity
{
    /// <summary>Two-sided tail probability of each sanity band on a correct implementation: per check, far below the suite's 1e-3.</summary>
    public const double Tail = 1e-6;

    /// <summary>
    /// nσ̂²/σ² is χ²_n for labels y = Xw* + σξ: σ̂ must lie in its central 1 − 1e-6 band. Labels whose noise was
    /// dropped give σ̂ = 0; a noise stream shared with the data, or scaled wrongly, leaves the band.
    /// </summary>
    public static Condition NoiseInChiSquareBand(double sigmaHat, int n, double nominalNoise)
    {
        double statistic = n * sigmaHat * sigmaHat / (nominalNoise * nominalNoise);
        double lower = ChiSquared.InvCDF(n, Tail / 2), upper = ChiSquared.InvCDF(n, 1 - Tail / 2);
        return new(Part.Sanity, statistic >= lower && statistic <= upper,
            $"σ̂ = {sigmaHat:G4} at n={n}: nσ̂²/σ² = {statistic:G4} in the χ²_{n} band [{lower:G4}, {upper:G4}] (two-sided {Tail:G1})");
    }

    /// <summary>The theorem's hypothesis: the model memorizes, ε̂ ≤ σ̂² − δ with δ = σ̂²/2 (THEORY.md §2).</summary>
    public static Condition Memorizes(Observation observation, double sigmaHat) =>
        new(Part.Sanity, observation.TrainError <= sigmaHat * sigmaHat / 2,
            $"memorizes at n={observation.Fitted.N}: train error {observation.TrainError:G3} ≤ σ̂²/2 = {sigmaHat * sigmaHat / 2:G3}");

    /// <summary>
    /// W independent of X (THEORY.md §1): for w ~ N(0, I/d) independent of x, cos(w, x)² is Beta(1/2, (d−1)/2) whatever
    /// the law of x, so max |cos(w_j, x_i)| over the kn pairs stays below the level a union bound gives at <see cref="Tail"/>.
    /// Rows of W copied from the data's stream put some cosine at or near 1.
    /// </summary>
    public static Condition WeightsIndependentOfData(Observation observation)
    {
        if (observation.Experiment is not FittedFeatureModel { Weights: { } w })
            return Condition.Note($"weights: {observation.Fitted.Model.Name} draws none to check");
        var x = observation.Experiment.Train.X;
        var inner = w * x.Transpose();
        var wNorms = w.RowNorms(2);
        var xNorms = x.RowNorms(2);
        double largest = 0;
        for (int j = 0; j < inner.RowCount; j++)
            for (int i = 0; i < inner.ColumnCount; i++)
                largest = Math.Max(largest, Math.Abs(inner[j, i]) / (wNorms[j] * xNorms[i]));
        double level = CosineLevel(w.ColumnCount, (double)inner.RowCount * inner.ColumnCount);
        return new(Part.Sanity, largest <= level,
            $"W independent of X: max |cos(w_j, x_i)| over {inner.RowCount}×{inner.ColumnCount} pairs = {largest:G3} ≤ {level:G3} (union bound at {Tail:G1})");
    }

    /// <summary>c with pairs·P(|cos| > c) = Tail, P(|cos| > c) = 1 − I_{c²}(1/2, (d−1)/2), by bisection.</summary>
    public static double CosineLevel(int d, double pairs)
    {
        double lo = 0, hi = 1;
        for (int i = 0; i < 60; i++)
        {
            double c = (lo + hi) / 2;
            double tail = 1 - SpecialFunctions.BetaRegularized(0.5, (d - 1) / 2.0, c * c);
            if (pairs * tail > Tail) lo = c; else hi = c;
        }
        return hi;
    }
}

using RobustMem.Data;
using RobustMem.Features;

namespace RobustMem.Tests.Data;

/// <summary>One seed gives the same data; the streams of one seed are independent (THEORY.md §1).</summary>
public sealed class RandomStreamsTests
{
    private const int D = 50, K = 200, N = 200;

    [Fact]
    public void SameSeed_GivesIdenticalData()
    {
        var a = Dataset.Draw(InputLaw.Laplace, N, D, 0.5, new RandomStreams(17));
        var b = Dataset.Draw(InputLaw.Laplace, N, D, 0.5, new RandomStreams(17));
        Assert.Equal(a.X.ToColumnMajorArray(), b.X.ToColumnMajorArray());
        Assert.Equal(a.Y.ToArray(), b.Y.ToArray());
        Assert.Equal(WeightSampler.Draw(K, D, new RandomStreams(17).Weights).ToColumnMajorArray(),
                     WeightSampler.Draw(K, D, new RandomStreams(17).Weights).ToColumnMajorArray());
    }

    [Fact]
    public void DifferentSeedsAndRepeats_GiveDifferentData()
    {
        var a = Dataset.Draw(InputLaw.Sphere, N, D, 1, new RandomStreams(17));
        var b = Dataset.Draw(InputLaw.Sphere, N, D, 1, new RandomStreams(18));
        var c = Dataset.Draw(InputLaw.Sphere, N, D, 1, new RandomStreams(17).ForRepeat(1));
        Assert.NotEqual(a.X[0, 0], b.X[0, 0]);
        Assert.NotEqual(a.X[0, 0], c.X[0, 0]);
    }

    /// <summary>
    /// Rows of W (scaled by √d to N(0, I)) against rows of X drawn with the same seed: for independent streams,
    /// the mean of the n·k cosines is N(0, 1/(d n k)), and the largest |cosine| of a row pair is about √(2 ln(nk)/d).
    /// </summary>
    [Fact]
    public void WeightRows_AreNotCorrelatedWithInputRows()
    {
        var streams = new RandomStreams(3);
        var w = WeightSampler.Draw(K, D, streams.Weights);
        var x = InputSampler.Sample(InputLaw.Gaussian, N, D, streams.TrainInputs);
        Assert.True(Independent(w, x, out var detail), detail);
    }

    [Fact]
    public void SharedStream_IsDetected()
    {
        // Control: W and X drawn from one stream at the same position, the mistake THEORY.md warns about.
        var w = WeightSampler.Draw(K, D, new RandomStreams(3).TrainInputs);
        var x = InputSampler.Sample(InputLaw.Gaussian, N, D, new RandomStreams(3).TrainInputs);
        Assert.False(Independent(w, x, out var detail), detail);
    }

    private static bool Independent(Matrix<double> w, Matrix<double> x, out string detail)
    {
        var cos = w.NormalizeRows(2) * x.NormalizeRows(2).Transpose();
        double mean = cos.Enumerate().Average();
        double max = cos.Enumerate().Max(Math.Abs);
        double meanBand = 5 / Math.Sqrt((double)D * cos.RowCount * cos.ColumnCount);
        // Max of 40 000 |N(0, 1/d)|: ≈ √(2 ln 80 000 / d) = 0.67; 0.95 is beyond any draw's reach (P < 1e-6 per pair times 4e4).
        detail = $"mean cosine {mean:G3} (band {meanBand:G3}), max |cosine| {max:F3} (band 0.95)";
        return Math.Abs(mean) < meanBand && max < 0.95;
    }
}

using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Data.Files;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Data;

/// <summary>
/// <c>--law file:</c>: every fifth row is held out, a training set is distinct training rows drawn by the seed, every
/// fresh point (test, Monte Carlo, x₀) is a held-out row, <c>--classes a,b</c> keeps two classes labelled +1 and −1, and
/// the rows are scaled to a mean ‖x‖² of 1 after IDX pixels / 255.
/// </summary>
public sealed class FileLawTests : IDisposable
{
    private static readonly ClassPair ZeroVsOne = new(0, 1);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"robustmem-filelaw-{Guid.NewGuid():N}");

    public FileLawTests() => Directory.CreateDirectory(_scratch);

    [Fact]
    public void EveryFifthRow_IsHeldOut_WhateverTheSeed()
    {
        var csv = FileLaw.Read(PointFixtures.Csv, ZeroVsOne);
        Assert.Equal((10, 2, 4), (csv.TrainingRows.Count, csv.HeldOutRows.Count, csv.D));
        // The CSV's third coordinate is i + 1 in the file's unit: rows 5 and 10 are held out.
        Assert.Equal([5.0, 10], csv.HeldOutRows.Select(r => Math.Round(r[2] / csv.Factor, 9)));
        var idx = FileLaw.Read(PointFixtures.ImagesAndLabels, ZeroVsOne);
        Assert.Equal((7, 1, 9), (idx.TrainingRows.Count, idx.HeldOutRows.Count, idx.D));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    public void Training_UsesDistinctTrainingRows_AndTestMonteCarloAndX0_OnlyHeldOutRows(int seed)
    {
        var law = FileLaw.Read(PointFixtures.Csv, ZeroVsOne);
        var fitted = Experiment.Fit(Regime(law, n: 10, seed));
        var train = Rows(fitted.Train.X);
        Assert.Equal(10, train.Distinct().Count());
        Assert.Equal(Keys(law.TrainingRows).Order(), train.Order());

        var streams = fitted.Streams;
        var heldOut = Keys(law.HeldOutRows);
        Assert.All(Rows(fitted.Train.Fresh(law, 40, streams.TestInputs, streams.TestNoise).X), r => Assert.Contains(r, heldOut));
        Assert.All(Rows(InputSampler.Sample(law, 40, law.D, streams.MonteCarlo)), r => Assert.Contains(r, heldOut));
        Assert.All(Rows(InputSampler.Sample(law, 1, law.D, streams.SensitivityPoint)), r => Assert.Contains(r, heldOut));
    }

    [Fact]
    public void SameSeedAndFile_DrawTheSameRowsAndLabels_AndAnotherSeedAnotherSet()
    {
        var law = FileLaw.Read(PointFixtures.ImagesAndLabels, ZeroVsOne);
        var reread = FileLaw.Read(PointFixtures.ImagesAndLabels, ZeroVsOne);
        static Dataset Draw(FileLaw from, int seed) => Dataset.Draw(from, 5, from.D, 0, new RandomStreams(seed), LabelTarget.Classes);
        Assert.Equal(Draw(law, 4).X, Draw(reread, 4).X);
        Assert.Equal(Draw(law, 4).Y, Draw(reread, 4).Y);
        Assert.NotEqual(Draw(law, 4).X, Draw(law, 5).X);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Labels_ArePlusOneForTheFirstClass_MinusOneForTheSecond_OnTrainingAndTestPoints(int positive, int negative)
    {
        var law = FileLaw.Read(PointFixtures.Csv, new ClassPair(positive, negative));
        var streams = new RandomStreams(3);
        var train = Dataset.Draw(law, 10, law.D, 0, streams, LabelTarget.Classes);
        var test = train.Fresh(law, 20, streams.TestInputs, streams.TestNoise);
        foreach (var set in new[] { train, test })
            for (int j = 0; j < set.N; j++)
            {
                // Row i of the CSV has class i mod 2 and third coordinate i + 1.
                int row = (int)Math.Round(set.X[j, 2] / law.Factor) - 1;
                Assert.Equal(row % 2 == positive ? 1.0 : -1.0, set.Y[j]);
            }
    }

    [Fact]
    public void Noise_IsAddedToTheClasses_FromTheNoiseStream()
    {
        var law = FileLaw.Read(PointFixtures.Csv, ZeroVsOne);
        var clean = Dataset.Draw(law, 10, law.D, 0, new RandomStreams(2), LabelTarget.Classes);
        var noisy = Dataset.Draw(law, 10, law.D, 0.5, new RandomStreams(2), LabelTarget.Classes);
        var xi = new RandomStreams(2).Noise;
        for (int j = 0; j < 10; j++) Assert.Equal(clean.Y[j] + 0.5 * xi.NextGaussian(), noisy.Y[j]);
        Assert.Equal(0, noisy.TargetWeights.L2Norm());
    }

    [Fact]
    public void ClassFilter_KeepsOnlyTheTwoClasses_ScaledByPixelsOver255ThenOneFactor()
    {
        var raw = PointFileReader.Read(PointFixtures.ImagesAndLabels, labelled: true);
        var law = FileLaw.Read(PointFixtures.ImagesAndLabels, ZeroVsOne);
        var kept = Enumerable.Range(0, raw.Count).Where(i => raw.Classes![i] != 2).Select(i => raw.Rows.Row(i).Select(v => v / 255 * law.Factor).ToArray());
        Assert.Equal(Keys(kept).Order(), Keys(law.TrainingRows.Concat(law.HeldOutRows)).Order());
        Assert.Equal(1, law.TrainingRows.Concat(law.HeldOutRows).Average(r => r.Sum(v => v * v)), 12);
        Assert.Equal("file:tiny-images-idx3-ubyte#0vs1", law.Name);
        Assert.Equal("file:tiny-points.csv", FileLaw.Read(PointFixtures.Csv, null).Name);
    }

    [Fact]
    public void TooManyTrainingPoints_NamesTheCounts()
    {
        var law = FileLaw.Read(PointFixtures.Csv, ZeroVsOne);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Regime(law, n: 11, 0).Validate());
        Assert.Contains("10 training rows (12 rows, 2 held out)", e.Message);
    }

    [Fact]
    public void AnotherDimension_OrClassesItDoesNotHave_AreRefused()
    {
        var law = FileLaw.Read(PointFixtures.Csv, ZeroVsOne);
        Assert.Contains("dimension 4", Assert.Throws<ArgumentOutOfRangeException>(() => (Regime(law, 5, 0) with { D = 5 }).Validate()).Message);
        var unlabelled = FileLaw.Read(PointFixtures.Csv, null);
        Assert.Equal(5, unlabelled.D);
        Assert.Throws<ArgumentException>(() => Regime(unlabelled, 5, 0).Validate());
        Assert.Throws<ArgumentException>(() => (Regime(law, 5, 0) with { Law = InputLaw.Sphere }).Validate());
        Assert.Throws<NotSupportedException>(() => law.Moments(4));
    }

    [Fact]
    public void FewerThanFiveRows_LeaveNoneToHoldOut_AndAreRefused()
    {
        string few = Path.Combine(_scratch, "few.csv");
        File.WriteAllText(few, "1,2\n3,4\n5,6\n7,8\n");
        Assert.Contains("at least 5", Assert.Throws<ArgumentException>(() => FileLaw.Read(few, null)).Message);
    }

    [Theory]
    [InlineData("0,1", 0, 1)]
    [InlineData(" 7 , -3", 7, -3)]
    public void ClassPair_ParsesTwoIntegers(string text, int positive, int negative) =>
        Assert.Equal(new ClassPair(positive, negative), ClassPair.Parse(text));

    [Theory]
    [InlineData("0")]
    [InlineData("0,1,2")]
    [InlineData("a,b")]
    [InlineData("0.5,1")]
    [InlineData("1,1")]
    [InlineData("")]
    public void ClassPair_RefusesAnythingElse(string text) => Assert.Throws<ArgumentException>(() => ClassPair.Parse(text));

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static Regime Regime(FileLaw law, int n, int seed) =>
        new(ModelRegistry.Parse("rf"), law.D, 20, n, Law: law, Noise: 0, TestPoints: 10, Seed: seed, Target: LabelTarget.Classes);

    private static string[] Rows(Matrix<double> x) => Keys(x.EnumerateRows().Select(r => r.ToArray()));

    private static string[] Keys(IEnumerable<IReadOnlyList<double>> rows) =>
        [.. rows.Select(r => string.Join(",", r.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))];
}

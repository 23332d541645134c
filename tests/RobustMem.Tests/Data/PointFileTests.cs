using RobustMem.Data.Files;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Data;

/// <summary>
/// <c>--law file:</c> reads the committed fixtures in both formats (a 12-image IDX pair of 3×3 pixels, a labelled CSV),
/// and refuses a missing, truncated or non-numeric file with one line naming the file and the place.
/// </summary>
public sealed class PointFileTests : IDisposable
{
    private static readonly string Images = PointFixtures.Images;
    private static readonly string Labels = PointFixtures.Labels;
    private static readonly string Csv = PointFixtures.Csv;
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"robustmem-points-{Guid.NewGuid():N}");

    public PointFileTests() => Directory.CreateDirectory(_scratch);

    [Fact]
    public void Idx_ImagesAndLabels_AreReadAsPointsAndClasses()
    {
        var file = PointFileReader.Read($"{Images},{Labels}", labelled: true);
        Assert.Equal(12, file.Count);
        Assert.Equal(9, file.D);
        Assert.True(file.IsBytes);
        // The fixture's pixel j of image i is (37i + 11j) mod 256, its class i mod 3.
        Assert.Equal((37 * 5 + 11 * 4) % 256, file.Points[5][4]);
        Assert.Equal([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2], file.Classes!);
    }

    [Fact]
    public void Csv_WithHeaderAndClassColumn_IsRead()
    {
        var file = PointFileReader.Read(Csv, labelled: true);
        Assert.Equal(12, file.Count);
        Assert.Equal(4, file.D);
        Assert.False(file.IsBytes);
        Assert.Equal([3.5, -1.75, 8, -0.125], file.Points[7]);
        Assert.Equal(1, file.Classes![7]);
        Assert.Equal(5, PointFileReader.Read(Csv, labelled: false).D);
    }

    [Fact]
    public void TwoClasses_LabelsPlusAndMinusOne_AndRefusesAnAbsentClass()
    {
        var (points, labels) = PointFileReader.Read($"{Images},{Labels}", labelled: true).TwoClasses(0, 1);
        Assert.Equal(8, points.Length);
        Assert.Equal([1.0, -1, 1, -1, 1, -1, 1, -1], labels);
        var e = Assert.Throws<ArgumentException>(() => PointFileReader.Read($"{Images},{Labels}", labelled: true).TwoClasses(0, 7));
        Assert.Contains("no point of class 7", e.Message);
    }

    /// <summary>Pixels are divided by 255, then one factor makes the mean ‖x‖² over the file 1.</summary>
    [Fact]
    public void Scaling_DividesPixelsBy255_ThenNormalisesTheMeanSquaredNorm()
    {
        var file = PointFileReader.Read(Images, labelled: false);
        var (points, factor) = FileLawScaling.Scale(file);
        Assert.Equal(1, points.Average(p => p.Sum(v => v * v)), 12);
        Assert.Equal(file.Points[3][2] / 255 * factor, points[3][2], 14);
    }

    [Fact]
    public void MissingFile_IsOneLine()
    {
        var e = Assert.Throws<ArgumentException>(() => PointFileReader.Read(Path.Combine(_scratch, "nope.csv"), false));
        Assert.Contains("no such file", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void TruncatedIdx_SaysHowManyBytesAreMissing()
    {
        var bytes = File.ReadAllBytes(Images);
        string cut = Path.Combine(_scratch, "cut-idx3-ubyte");
        File.WriteAllBytes(cut, bytes[..^5]);
        var e = Assert.Throws<FormatException>(() => PointFileReader.Read(cut, false));
        Assert.Contains("truncated", e.Message);
        Assert.Contains($"{bytes.Length - 5}", e.Message);
    }

    [Fact]
    public void NonNumericCsv_NamesLineAndColumn()
    {
        string bad = Path.Combine(_scratch, "bad.csv");
        File.WriteAllText(bad, "1,2,3\n4,five,6\n");
        var e = Assert.Throws<FormatException>(() => PointFileReader.Read(bad, false));
        Assert.Contains("line 2, column 2: 'five'", e.Message);
    }

    [Fact]
    public void RaggedCsv_AndLabelsCountMismatch_AreRefused()
    {
        string ragged = Path.Combine(_scratch, "ragged.csv");
        File.WriteAllText(ragged, "1,2,3\n4,5\n");
        Assert.Contains("line 2 has 2 columns", Assert.Throws<FormatException>(() => PointFileReader.Read(ragged, false)).Message);
        string shortLabels = Path.Combine(_scratch, "short-labels");
        File.WriteAllBytes(shortLabels, [0, 0, 8, 1, 0, 0, 0, 2, 1, 0]);
        Assert.Contains("2 labels for 12 images", Assert.Throws<FormatException>(() => PointFileReader.Read($"{Images},{shortLabels}", true)).Message);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}

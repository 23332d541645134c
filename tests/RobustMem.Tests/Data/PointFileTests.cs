using System.IO.Compression;
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
        Assert.Equal((37 * 5 + 11 * 4) % 256, file.Rows[5, 4]);
        Assert.Equal([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2], file.Classes!);
    }

    [Fact]
    public void Csv_WithHeaderAndClassColumn_IsRead()
    {
        var file = PointFileReader.Read(Csv, labelled: true);
        Assert.Equal(12, file.Count);
        Assert.Equal(4, file.D);
        Assert.False(file.IsBytes);
        Assert.Equal([3.5, -1.75, 8, -0.125], file.Rows.Row(7));
        Assert.Equal(1, file.Classes![7]);
        Assert.Equal(5, PointFileReader.Read(Csv, labelled: false).D);
    }

    [Fact]
    public void TwoClasses_LabelsPlusAndMinusOne_AndRefusesAnAbsentClass()
    {
        var file = PointFileReader.Read($"{Images},{Labels}", labelled: true, keep: new ClassPair(0, 1));
        Assert.Equal(8, file.Count);
        Assert.Equal([1.0, -1, 1, -1, 1, -1, 1, -1], file.Labels(new ClassPair(0, 1)));
        var e = Assert.Throws<ArgumentException>(() => PointFileReader.Read($"{Images},{Labels}", labelled: true, keep: new ClassPair(0, 7)));
        Assert.Contains("no point of class 7", e.Message);
    }

    /// <summary>Pixels are divided by 255, then one factor makes the mean ‖x‖² over the file 1.</summary>
    [Fact]
    public void Scaling_DividesPixelsBy255_ThenNormalisesTheMeanSquaredNorm()
    {
        var file = PointFileReader.Read(Images, labelled: false);
        var (divisor, factor) = FileLawScaling.Scale(file);
        Assert.Equal(255, divisor);
        Assert.Equal(1, Enumerable.Range(0, file.Count).Average(i => file.Rows.Row(i).Sum(v => v / 255 * factor * (v / 255 * factor))), 12);
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

    /// <summary>The files as distributed: gzip-compressed IDX and CSV read as their plain bytes, told by 1f 8b and not by a name.</summary>
    [Fact]
    public void GzipIdxAndCsv_AreReadAsThePlainFiles_WhateverTheirNames()
    {
        string images = Gzip(Images, "images.bin"), labels = Gzip(Labels, "labels"), csv = Gzip(Csv, "points.idx");
        var plain = PointFileReader.Read($"{Images},{Labels}", labelled: true);
        var zipped = PointFileReader.Read($"{images},{labels}", labelled: true);
        Assert.Equal((plain.Count, plain.D, plain.IsBytes), (zipped.Count, zipped.D, zipped.IsBytes));
        Assert.Equal(Enumerable.Range(0, plain.Count).SelectMany(plain.Rows.Row), Enumerable.Range(0, zipped.Count).SelectMany(zipped.Rows.Row));
        Assert.Equal(plain.Classes, zipped.Classes);
        Assert.Equal(PointFileReader.Read(Csv, labelled: true).Rows.Row(7), PointFileReader.Read(csv, labelled: true).Rows.Row(7));
    }

    /// <summary>Only the chosen classes' rows are held: the other rows are read and dropped.</summary>
    [Fact]
    public void ClassPair_KeepsOnlyItsRows_InFileOrder()
    {
        var kept = PointFileReader.Read($"{Images},{Labels}", labelled: true, keep: new ClassPair(2, 0));
        Assert.Equal([0, 2, 0, 2, 0, 2, 0, 2], kept.Classes!);
        Assert.Equal((37 * 2 + 11 * 4) % 256, kept.Rows[1, 4]);
    }

    [Fact]
    public void TruncatedGzip_IsOneLine_ForIdxAndCsv()
    {
        foreach (string source in new[] { Images, Csv })
        {
            var whole = File.ReadAllBytes(Gzip(source, "whole.gz"));
            string cut = Path.Combine(_scratch, "cut.gz");
            File.WriteAllBytes(cut, whole[..^6]);
            var e = Assert.Throws<FormatException>(() => PointFileReader.Read(cut, false));
            Assert.Contains("truncated gzip stream", e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    /// <summary>A binary file that is neither IDX nor gzip is refused as such, not parsed as a CSV until a column fails.</summary>
    [Fact]
    public void BinaryFile_IsNotReadAsCsv()
    {
        string binary = Path.Combine(_scratch, "photo.csv");
        File.WriteAllBytes(binary, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0, 1]);
        Assert.Contains("neither IDX nor gzip nor a text CSV", Assert.Throws<FormatException>(() => PointFileReader.Read(binary, false)).Message);
        string corrupt = Path.Combine(_scratch, "corrupt.gz");
        File.WriteAllBytes(corrupt, [0x1F, 0x8B, .. "not deflate at all, only text"u8.ToArray()]);
        Assert.Contains("gzip", Assert.Throws<FormatException>(() => PointFileReader.Read(corrupt, false)).Message);
    }

    private string Gzip(string source, string name)
    {
        string path = Path.Combine(_scratch, name);
        using (var output = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            output.Write(File.ReadAllBytes(source));
        return path;
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}

using System.Text.Json;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Cli;

/// <summary>
/// <c>measure --law file:PATH --classes a,b</c> on the committed fixtures prints a measurement; a missing, truncated or
/// non-numeric file, an unknown class, bad <c>--classes</c>, too large an n and flags the file contradicts exit 2 with
/// one line.
/// </summary>
public sealed class FileLawCommandTests : IDisposable
{
    private const string Scratch = "{scratch}";
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"robustmem-filelaw-cli-{Guid.NewGuid():N}");

    public FileLawCommandTests()
    {
        Directory.CreateDirectory(_scratch);
        File.WriteAllBytes(Path.Combine(_scratch, "cut-idx3-ubyte"), File.ReadAllBytes(PointFixtures.Images)[..^5]);
        File.WriteAllText(Path.Combine(_scratch, "bad.csv"), "0,1,2\n1,3,x\n0,5,6\n1,7,8\n0,9,10\n");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(Path.Combine(_scratch, "whole.gz")), System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(File.ReadAllBytes(PointFixtures.Images));
        File.WriteAllBytes(Path.Combine(_scratch, "cut.gz"), File.ReadAllBytes(Path.Combine(_scratch, "whole.gz"))[..^6]);
        File.WriteAllBytes(Path.Combine(_scratch, "binary"), [0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE, 0, 1]);
    }

    [Fact]
    public void Csv_WithClasses_PrintsAMeasurement_OfTheFilesDimension_ClassLabels_AndNoNoise()
    {
        var run = CliRunner.Run("measure", "--law", $"file:{PointFixtures.Csv}", "--classes", "0,1", "--k", "20", "--n", "8", "--test-points", "2");
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(("file:tiny-points.csv#0vs1", "classes"), (json.GetProperty("law").GetString(), json.GetProperty("target").GetString()));
        Assert.Equal((4, 8, 0.0), (json.GetProperty("d").GetInt32(), json.GetProperty("n").GetInt32(), json.GetProperty("noise").GetDouble()));
        Assert.True(json.GetProperty("sensitivity").GetDouble() > 0);
        // Two test points from two held-out rows: nothing is resampled, so nothing to say.
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Idx_WithLabels_PrintsAMeasurement_AndNotesThatTestPointsRepeatHeldOutRows()
    {
        string[] args = ["measure", "--law", $"file:{PointFixtures.ImagesAndLabels}", "--classes", "1,0", "--model", "ntk", "--k", "3", "--n", "7", "--test-points", "10", "--seed", "3"];
        var run = CliRunner.Run(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(("file:tiny-images-idx3-ubyte#1vs0", 9), (json.GetProperty("law").GetString(), json.GetProperty("d").GetInt32()));
        Assert.Equal(["note: the 10 test and Monte Carlo points are drawn with replacement from file:tiny-images-idx3-ubyte#1vs0's 1 held-out row."], run.StderrLines);
        Assert.Equal(run.Stdout, CliRunner.Run(args).Stdout);
    }

    [Fact]
    public void WithoutClasses_TheFileGivesTheInputs_AndTargetAndNoiseTheLabels()
    {
        var run = CliRunner.Run("measure", "--law", $"file:{PointFixtures.Images}", "--target", "none", "--noise", "0.5", "--k", "20", "--n", "5", "--test-points", "2");
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(("file:tiny-images-idx3-ubyte", "none", 0.5), (json.GetProperty("law").GetString(), json.GetProperty("target").GetString(), json.GetProperty("noise").GetDouble()));
    }

    /// <summary>--setting bombari2023 alone is their synthetic setting; on a file theirs exactly, with S in their unit beside ours.</summary>
    [Fact]
    public void Setting_PresetsLawWeightsTargetAndNoise_AndOnAFileGivesSInThePapersUnit()
    {
        var synthetic = JsonDocument.Parse(InProcessCli.Run("measure", "--setting", "bombari2023", "--d", "6", "--k", "20", "--n", "8", "--test-points", "2").Stdout).RootElement;
        Assert.Equal(("gaussian", 1.0, "none", 1.0), (synthetic.GetProperty("law").GetString(), synthetic.GetProperty("weights_sd").GetDouble(),
            synthetic.GetProperty("target").GetString(), synthetic.GetProperty("noise").GetDouble()));
        Assert.False(synthetic.TryGetProperty("sensitivity_paper", out _));
        var run = InProcessCli.Run("measure", "--setting", "bombari2023", "--law", $"file:{PointFixtures.ImagesAndLabels}", "--classes", "0,1", "--k", "20", "--n", "5", "--test-points", "2");
        Assert.True(run.ExitCode == 0, run.ToString());
        var file = JsonDocument.Parse(run.Stdout).RootElement;
        var law = RobustMem.Data.Files.FileLaw.Read(PointFixtures.ImagesAndLabels, new RobustMem.Data.Files.ClassPair(0, 1));
        Assert.Equal(law.PaperWeightsSd, file.GetProperty("weights_sd").GetDouble(), 15);
        Assert.Equal(("classes", 0.0), (file.GetProperty("target").GetString(), file.GetProperty("noise").GetDouble()));
        Assert.Equal(law.PaperUnit * file.GetProperty("sensitivity").GetDouble(), file.GetProperty("sensitivity_paper").GetDouble(), 12);
    }

    public static TheoryData<string, string[]> BadInputs => new()
    {
        { "missing file", ["--law", $"file:{Scratch}/nope.csv", "--classes", "0,1"] },
        { "truncated IDX", ["--law", $"file:{Scratch}/cut-idx3-ubyte"] },
        { "non-numeric CSV", ["--law", $"file:{Scratch}/bad.csv", "--classes", "0,1"] },
        { "unknown class", ["--law", $"file:{PointFixtures.Csv}", "--classes", "0,7"] },
        { "one class", ["--law", $"file:{PointFixtures.Csv}", "--classes", "0"] },
        { "classes not integers", ["--law", $"file:{PointFixtures.Csv}", "--classes", "zero,one"] },
        { "the same class twice", ["--law", $"file:{PointFixtures.Csv}", "--classes", "1,1"] },
        { "n above the training rows", ["--law", $"file:{PointFixtures.Csv}", "--classes", "0,1", "--n", "11"] },
        { "--d the file does not have", ["--law", $"file:{PointFixtures.Csv}", "--classes", "0,1", "--d", "30"] },
        { "--target against --classes", ["--law", $"file:{PointFixtures.Csv}", "--classes", "0,1", "--target", "none"] },
        { "--classes without a file", ["--law", "gaussian", "--classes", "0,1"] },
        { "target classes without --classes", ["--law", $"file:{PointFixtures.Csv}", "--target", "classes"] },
        { "IDX classes without labels", ["--law", $"file:{PointFixtures.Images}", "--classes", "0,1"] },
        { "file: with no path", ["--law", "file:"] },
    };

    /// <summary>Issue 21's refusals, in this process (each fails before any work; a child process costs 0.3–0.7 s under load).</summary>
    public static TheoryData<string, string[]> DistributedFileBadInputs => new()
    {
        { "truncated gzip", ["--law", $"file:{Scratch}/cut.gz,{PointFixtures.Labels}", "--classes", "0,1"] },
        { "binary file, not a CSV", ["--law", $"file:{Scratch}/binary"] },
        { "labels before images", ["--law", $"file:{PointFixtures.Labels},{Scratch}/whole.gz", "--classes", "0,1"] },
        { "a setting with no real data, on a file", ["--setting", "dohmatob2021", "--law", $"file:{PointFixtures.Csv}", "--classes", "0,1"] },
        { "an unknown setting", ["--setting", "bombari2022"] },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public void BadInput_ExitsTwo_WithOneLine(string why, string[] args) => ExitsTwoWithOneLine(why, args, CliRunner.Run);

    [Theory, MemberData(nameof(DistributedFileBadInputs))]
    public void DistributedFileBadInput_ExitsTwo_WithOneLine(string why, string[] args) => ExitsTwoWithOneLine(why, args, InProcessCli.Run);

    private void ExitsTwoWithOneLine(string why, string[] args, Func<string[], CliRunner.Result> runner)
    {
        string[] full = ["measure", .. args.Select(a => a.Replace(Scratch, _scratch)), "--k", "20", "--test-points", "2", .. args.Contains("--n") ? Array.Empty<string>() : ["--n", "5"]];
        var run = runner(full);
        Assert.True(run.ExitCode == 2, $"{why}: {run}");
        Assert.True(run.StderrLines.Length == 1, $"{why}: {run.StderrLines.Length} stderr lines: {run.Stderr}");
        Assert.Null(CliContract.Violation(full, run));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}

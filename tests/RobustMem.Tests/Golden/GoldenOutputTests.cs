using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using RobustMem.Tests.Cli;

namespace RobustMem.Tests.Golden;

/// <summary>
/// Nothing moved: the outputs recorded by <c>tools/golden/record.sh</c> before issue 12's redesign are reproduced (the
/// default reproduce CSVs re-recorded in issue 20's tidy columns, <see cref="PreviousFormatTests"/> showing every value
/// the same). On the
/// machine that recorded them (fixture/machine.txt: CPU, cores, backend) every byte must match. Elsewhere OpenBLAS may
/// split its sums differently across cores, so numbers must match to 1e-9 relative and all text exactly.
/// </summary>
public sealed partial class GoldenOutputTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(RepositoryRoot.Path, "tests", "RobustMem.Tests", "Golden", "fixture");
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"robustmem-golden-{Guid.NewGuid():N}");

    /// <summary>Relative tolerance off the recording machine: far below any band, far above a reordered sum's round-off.</summary>
    private const double OtherMachineTolerance = 1e-9;

    [Fact]
    public void Measure_IsUnchanged_ForEveryModelLawAndActivation()
    {
        var cases = File.ReadAllLines(Path.Combine(Fixture, "measure-cases.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        var actual = new List<string>();
        foreach (var line in cases)
        {
            var run = InProcessCli.Run(["measure", .. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
            Assert.True(run.ExitCode == 0, $"measure {line}: exit {run.ExitCode}: {run.Stderr}");
            actual.AddRange(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        Compare("measure.jsonl", File.ReadAllText(Path.Combine(Fixture, "measure.jsonl")), string.Join('\n', actual) + "\n");
    }

    [Fact]
    public void Reproduce_DefaultCsvsAndSummary_AreUnchanged()
    {
        // Through ./robustmem (the native executable CI publishes first): the whole default sweep took 397 s in process in
        // a fresh-clone CI run beside the property tests, against about 20 s native. NativeExecutableTests shows the native
        // and in-process outputs are the same bytes.
        var run = NativeExecutableTests.RunScript("reproduce", "--out", _out);
        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = Directory.GetFiles(Path.Combine(Fixture, "reproduce")).Select(Path.GetFileName).Order().ToArray();
        var written = Directory.GetFiles(_out).Select(Path.GetFileName).Where(f => f!.EndsWith(".csv") || f == "summary.md").Order().ToArray();
        Assert.Equal(expected, written);
        foreach (var name in expected)
            Compare(name!, File.ReadAllText(Path.Combine(Fixture, "reproduce", name!)), File.ReadAllText(Path.Combine(_out, name!)));
    }

    /// <summary>
    /// Issue 20 re-recorded the reproduce fixture (new windows, seeds and sizes, S*(0) only where drawn, a new summary).
    /// The figures whose regimes it kept must hold the same numbers: their rows of seeds 0..2, every column but S*(0)
    /// where it is no longer computed, hash as the fixture's did before (SHA-256 of the fields joined by ',' and '\n').
    /// </summary>
    [Fact]
    public void Snapshots_AreUnchanged()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Fixture, "snapshots.sha256")))
        {
            var (hash, file) = (line[..64], line[66..]);
            var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "snapshots", file));
            Assert.True(hash == Convert.ToHexStringLower(SHA256.HashData(bytes)), $"snapshots/{file} changed since the golden outputs were recorded");
        }
        Assert.Equal(File.ReadAllLines(Path.Combine(Fixture, "snapshots.sha256")).Length, Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "snapshots"), "*.snap").Length);
    }

    private static void Compare(string name, string expected, string actual)
    {
        if (OnRecordingMachine(actual))
        {
            Assert.True(expected == actual, $"{name} differs from the golden output byte for byte; first difference at line {FirstDifference(expected, actual)}");
            return;
        }
        var e = Number().Split(expected);
        var a = Number().Split(actual);
        var en = Number().Matches(expected).Select(m => m.Value).ToArray();
        var an = Number().Matches(actual).Select(m => m.Value).ToArray();
        Assert.True(e.SequenceEqual(a), $"{name}: text differs from the golden output at line {FirstDifference(expected, actual)}");
        for (int i = 0; i < en.Length; i++)
        {
            double x = double.Parse(en[i], CultureInfo.InvariantCulture), y = double.Parse(an[i], CultureInfo.InvariantCulture);
            Assert.True(x == y || Math.Abs(x - y) <= OtherMachineTolerance * Math.Max(Math.Abs(x), Math.Abs(y)), $"{name}: {an[i]} where the golden output has {en[i]}");
        }
    }

    // The JSON and the CSVs name their backend; the recording machine is the same CPU, core count and backend.
    private static bool OnRecordingMachine(string output)
    {
        var recorded = File.ReadAllLines(Path.Combine(Fixture, "machine.txt"));
        string cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "";
        return recorded.Contains($"cpu: {cpu}") && recorded.Contains($"cores: {Environment.ProcessorCount}") && recorded.Contains("backend: openblas")
            && RobustMem.LinearAlgebra.Backend.Current.Name == "openblas";
    }

    private static int FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++) if (e[i] != a[i]) return i + 1;
        return Math.Min(e.Length, a.Length) + 1;
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][-+]?\d+)?")]
    private static partial Regex Number();

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}

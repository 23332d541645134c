using System.Diagnostics;
using System.Text.Json;

namespace RobustMem.Tests.Cli;

/// <summary>
/// The command line under random and hostile arguments: every case exits 0 with valid output (one JSON object per
/// stdout line for <c>measure</c>) or 2 with exactly one line on stderr; never a stack trace, never exit 70, never a
/// hang, and a refused <c>reproduce --out</c> leaves its folder exactly as it was.
/// </summary>
public sealed class CommandLineFuzzTests(ITestOutputHelper output) : IDisposable
{
    public const int Cases = 1200;
    private const int Seed = 20261125;
    /// <summary>A valid case is small (milliseconds) and a refusal is immediate; 10 s means something ran away.</summary>
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(10);

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"robustmem-fuzz-{Guid.NewGuid():N}");

    [Fact]
    public void RandomAndHostileCommandLines_ExitZeroWithValidOutput_OrTwoWithOneLine()
    {
        var fuzz = new CommandLineFuzz(Seed, _scratch);
        var failures = new List<string>();
        int ok = 0, refused = 0;
        var slowest = TimeSpan.Zero;
        for (int i = 0; i < Cases; i++)
        {
            var c = fuzz.Next(i);
            var before = FolderState.Of(c.GuardedFolder);
            var clock = Stopwatch.StartNew();
            var run = InProcessCli.Run(c.Args);
            clock.Stop();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            string? problem = CliContract.Violation(c.Args, run)
                ?? (clock.Elapsed > PerCase ? $"took {clock.Elapsed.TotalSeconds:F1} s" : null)
                ?? (FolderState.Of(c.GuardedFolder) != before ? $"--out folder changed: {before} -> {FolderState.Of(c.GuardedFolder)}" : null);
            if (problem is not null) failures.Add($"{c}\n    {problem}\n    {Trim(run.ToString())}");
            if (run.ExitCode == 0) ok++; else refused++;
        }
        output.WriteLine($"{Cases} cases (seed {Seed}): {ok} exit 0, {refused} exit 2; slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} cases broke the contract:\n{string.Join("\n", failures.Take(10))}");
        // The fuzz must exercise both outcomes, or it tests only one path.
        Assert.True(ok >= Cases / 10 && refused >= Cases / 10, $"exit 0: {ok}, exit 2: {refused}");
    }

    public static TheoryData<string[]> ChildProcessCases => new()
    {
        { ["measure", "--model", "ntk", "--d", "6", "--k", "5", "--n", "12", "--test-points", "20", "--repeats", "2"] },
        { ["measure", "--d", "-1"] },
        { ["measure", "--n", "10000000"] },
        { ["measure", "--d", "300", "--k", "16000", "--n", "16000"] },
        { ["measure", "--noise", "Infinity", "--d", "5"] },
        { ["measure", "--activation", "re\nlu"] },
        { ["measure", "--k", "5", "--k", "6"] },
        { ["reproduce", "--seeds", "0"] },
        { [""] },
        { ["--bogus"] },
    };

    /// <summary>The real process obeys the same contract, byte for byte what <see cref="InProcessCli"/> prints.</summary>
    [Theory, MemberData(nameof(ChildProcessCases))]
    public void ChildProcess_ObeysTheContract_AndMatchesInProcess(string[] args)
    {
        var child = CliRunner.Run(args);
        Assert.Null(CliContract.Violation(args, child));
        var inProcess = InProcessCli.Run(args);
        Assert.Equal(inProcess.ExitCode, child.ExitCode);
        Assert.Equal(inProcess.Stdout, child.Stdout.Replace("\r\n", "\n"));
        Assert.Equal(inProcess.Stderr, child.Stderr.Replace("\r\n", "\n"));
    }

    /// <summary>The contract's own test: a broken output must be reported.</summary>
    [Fact]
    public void Contract_RejectsBrokenOutputs()
    {
        string[] measure = ["measure"];
        Assert.NotNull(CliContract.Violation(measure, new(0, "{\"sobolev\": 1}\nnot json\n", "")));
        Assert.NotNull(CliContract.Violation(measure, new(0, "", "")));
        Assert.NotNull(CliContract.Violation(measure, new(2, "", "robustmem: bad\nsecond line\n")));
        Assert.NotNull(CliContract.Violation(measure, new(2, "", "Unhandled exception. System.Exception: x\n   at Foo()\n")));
        Assert.NotNull(CliContract.Violation(measure, new(70, "", "robustmem: internal error (NullReferenceException): x\n")));
        Assert.NotNull(CliContract.Violation(measure, new(2, "{}", "robustmem: bad\n")));
        Assert.Null(CliContract.Violation(measure, new(0, "{\"sobolev\": 1}\n{\"sobolev\": null}\n", "")));
        Assert.Null(CliContract.Violation(measure, new(2, "", "robustmem: --d must be in [1, 1000000], got -1.\n")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }

    private static string Trim(string s) => s.Length > 600 ? s[..600] + "…" : s;
}

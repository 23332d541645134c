using System.Diagnostics;
using RobustMem.Tests.LinearAlgebra;

namespace RobustMem.Tests.Cli;

/// <summary>
/// <c>./robustmem</c> runs an ahead-of-time compiled executable; it must print what the JIT-compiled command line prints
/// in this process, byte for byte, and fail the same way. Native compilation changes code generation, and trimming can
/// remove what reflection needed: both would show here first.
/// </summary>
public sealed class NativeExecutableTests
{
    [Theory]
    [InlineData("measure", "--model", "rf", "--n", "60", "--k", "90", "--d", "20", "--repeats", "2")]
    [InlineData("measure", "--model", "ntk", "--activation", "erf", "--law", "gaussian", "--n", "80", "--k", "6", "--d", "12")]
    [InlineData("measure", "--model", "rf-kernel", "--activation", "abs", "--n", "70", "--d", "25", "--ridge", "1e-3")]
    [InlineData("measure", "--model", "rf", "--n", "120", "--k", "100", "--d", "15", "--law", "cube")]
    public void Measure_PrintsTheSameBytes_AsTheJitBuild(params string[] args)
    {
        var native = RunScript(args);
        var jit = InProcessCli.Run(args);
        Assert.Equal((0, jit.Stdout), (native.ExitCode, native.Stdout));
    }

    [Fact]
    public void BadInput_FailsTheSameWay()
    {
        string[] args = ["measure", "--k", "NaN"];
        var native = RunScript(args);
        var jit = InProcessCli.Run(args);
        Assert.Equal(2, native.ExitCode);
        Assert.Equal(jit.StderrLines, native.StderrLines.Where(l => !IsScriptNotice(l)));
    }

    [Fact]
    public void Reproduce_WritesTheSameFiles_AsTheJitBuild()
    {
        var root = Directory.CreateTempSubdirectory("robustmem-native-");
        try
        {
            string nativeOut = Path.Combine(root.FullName, "native"), jitOut = Path.Combine(root.FullName, "jit");
            var native = RunScript("reproduce", "--figure", "ridge", "--seeds", "1", "--out", nativeOut);
            Assert.True(native.ExitCode == 0, native.ToString());
            var jit = InProcessCli.Run("reproduce", "--figure", "ridge", "--seeds", "1", "--out", jitOut);
            Assert.True(jit.ExitCode == 0, jit.ToString());
            var names = Directory.GetFiles(jitOut).Select(Path.GetFileName).Order().ToArray();
            Assert.Equal(names, Directory.GetFiles(nativeOut).Select(Path.GetFileName).Order().ToArray());
            foreach (var name in names)
                Assert.True(File.ReadAllBytes(Path.Combine(jitOut, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(nativeOut, name!))),
                    $"{name} differs between the native executable and the JIT build");
        }
        finally { root.Delete(recursive: true); }
    }

    [Fact]
    public void InCi_TheScriptRunsTheNativeExecutable()
    {
        var result = RunScript("measure", "--n", "10", "--k", "10", "--d", "5");
        bool fellBack = result.Stderr.Contains("using the JIT build", StringComparison.Ordinal);
        if (NativeBackend.InCi) Assert.False(fellBack, $"CI=true but ./robustmem fell back to the JIT build: {result.Stderr}");
        Assert.Equal(fellBack, !File.Exists(Path.Combine(RepositoryRoot.Path, "src", "RobustMem.Cli", "bin", "native", "RobustMem.Cli")));
    }

    /// <summary>The script's own lines around a publish (PublishNoticeTests): not the command's output.</summary>
    private static bool IsScriptNotice(string line) =>
        new[] { "robustmem: native publish", "robustmem: publishing ", "robustmem: the sources changed since the last publish", "robustmem: published in " }
            .Any(p => line.StartsWith(p, StringComparison.Ordinal));

    // The first call publishes the executable (about a minute); the lock keeps two tests from publishing at once.
    private static readonly Lock Publishing = new();

    /// <summary>Runs <c>./robustmem</c> as a user would: the native executable, published once (serialized here).</summary>
    internal static CliRunner.Result RunScript(params string[] args)
    {
        lock (Publishing)
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "robustmem"));
            foreach (var a in args) start.ArgumentList.Add(a);
            // dotnet test exports MSBuild's own settings; a nested publish must not inherit them.
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) ||
                         k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || k.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)).ToList())
                start.Environment.Remove(key);
            return CliRunner.Wait(start, TimeSpan.FromMinutes(10), $"./robustmem {string.Join(' ', args)}");
        }
    }
}

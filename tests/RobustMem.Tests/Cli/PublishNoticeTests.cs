using System.Diagnostics;

namespace RobustMem.Tests.Cli;

/// <summary>
/// <c>./robustmem</c> says, before the native publish (a minute here), what it is doing, how long it takes and how to
/// skip it, and again after a source change; a current executable runs without a word. The script runs in a scratch
/// copy of the repository's layout with a stand-in <c>dotnet</c> on PATH, so no publish really runs.
/// </summary>
public sealed class PublishNoticeTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("robustmem-publish-");

    [Fact]
    public void Publish_IsAnnounced_WithItsDuration_OnlyWhenItRuns()
    {
        string cli = Path.Combine(_root.FullName, "src", "RobustMem.Cli");
        Directory.CreateDirectory(cli);
        File.Copy(Path.Combine(RepositoryRoot.Path, "robustmem"), Path.Combine(_root.FullName, "robustmem"));
        File.WriteAllText(Path.Combine(cli, "RobustMem.Cli.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(cli, "Program.cs"), "");
        File.WriteAllText(Path.Combine(_root.FullName, "Directory.Build.props"), "<Project />");
        // The stand-in publishes an "executable" that prints its arguments.
        string fake = Path.Combine(_root.FullName, "fake-bin");
        Directory.CreateDirectory(fake);
        File.WriteAllText(Path.Combine(fake, "dotnet"), """
            #!/usr/bin/env bash
            while [ $# -gt 0 ]; do [ "$1" = -o ] && out="$2"; shift; done
            mkdir -p "$out" && printf '#!/usr/bin/env bash\necho "native $*"\n' > "$out/RobustMem.Cli" && chmod +x "$out/RobustMem.Cli"
            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(fake, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var first = Run(fake, "measure");
        Assert.Equal("native measure\n", first.Stdout);
        Assert.Equal(2, first.StderrLines.Length);
        Assert.Equal("robustmem: publishing the native executable (a minute or more, once per source change; ROBUSTMEM_JIT=1 skips it)…", first.StderrLines[0]);
        // Whole seconds of the wall clock: the stand-in's publish can straddle a second's boundary (it read 1 s at load).
        Assert.Matches(@"^robustmem: published in [01] s$", first.StderrLines[1]);

        var again = Run(fake, "laws");
        Assert.Equal(("native laws\n", ""), (again.Stdout, again.Stderr));

        File.WriteAllText(Path.Combine(cli, "bin", "native.seconds"), "66\n");
        File.SetLastWriteTimeUtc(Path.Combine(cli, "Program.cs"), DateTime.UtcNow.AddMinutes(1));
        var changed = Run(fake, "measure");
        Assert.Equal("native measure\n", changed.Stdout);
        Assert.Equal("robustmem: the sources changed since the last publish; republishing the native executable (66 s last time, once per source change; ROBUSTMEM_JIT=1 skips it)…", changed.StderrLines[0]);
    }

    private CliRunner.Result Run(string fakeBin, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(_root.FullName, "robustmem"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PATH"] = $"{fakeBin}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment.Remove("ROBUSTMEM_JIT");
        return CliRunner.Wait(start, TimeSpan.FromSeconds(30), $"./robustmem {string.Join(' ', args)}");
    }

    public void Dispose() => _root.Delete(recursive: true);
}

using System.Diagnostics;

namespace RobustMem.Tests.Cli;

/// <summary>Runs the built RobustMem.Cli.dll as a child process (<c>dotnet RobustMem.Cli.dll ...</c>).</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        public override string ToString() => $"exit {ExitCode}; stdout: {Stdout}; stderr: {Stderr}";
    }

    /// <summary>The CLI assembly, copied next to the tests by the ProjectReference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "RobustMem.Cli.dll");

    public static Result Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        return Wait(start, TimeSpan.FromSeconds(60), $"robustmem {string.Join(' ', args)}");
    }

    /// <summary>Starts the process, reads both streams to the end, and kills it past <paramref name="limit"/>.</summary>
    public static Result Wait(ProcessStartInfo start, TimeSpan limit, string what)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish in {limit.TotalSeconds:0} s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}

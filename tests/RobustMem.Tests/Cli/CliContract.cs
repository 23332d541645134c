using System.Text.Json;

namespace RobustMem.Tests.Cli;

/// <summary>What every run of the command line must look like; <see cref="Violation"/> says how a run broke it, or null.</summary>
internal static class CliContract
{
    public static string? Violation(string[] args, CliRunner.Result run)
    {
        if (run.Stderr.Contains("   at ") || run.Stderr.Contains("Exception:")) return "stack trace or exception on stderr";
        return run.ExitCode switch
        {
            0 => args.FirstOrDefault() == "measure" ? MeasureOutput(run.Stdout) : run.Stdout.Length > 0 ? null : "exit 0 with nothing on stdout",
            2 => run.Stdout.Length > 0 ? "exit 2 with output on stdout"
                : run.StderrLines.Length != 1 ? $"exit 2 with {run.StderrLines.Length} stderr lines"
                : !run.Stderr.StartsWith("robustmem: ", StringComparison.Ordinal) || run.Stderr.Trim().Length <= "robustmem:".Length ? "exit 2 without a clear message"
                : null,
            _ => $"exit {run.ExitCode}",
        };
    }

    private static string? MeasureOutput(string stdout)
    {
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0) return "measure exited 0 without a line";
        foreach (var line in lines)
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("sobolev", out _))
                    return $"not a measurement: {line}";
            }
            catch (JsonException e)
            {
                return $"invalid JSON ({e.Message}): {line}";
            }
        }
        return null;
    }
}

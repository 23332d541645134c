using System.Diagnostics;

namespace RobustMem.Tests.Ci;

/// <summary>The GitHub workflow is linted here, where GitHub is out of reach; a broken copy must be rejected.</summary>
public class WorkflowLintTests
{
    private static readonly string Workflow = Path.Combine(RepositoryRoot.Path, ".github", "workflows", "proofs.yml");
    private static readonly string Validator = Path.Combine(RepositoryRoot.Path, "tools", "ci", "node_modules", ".bin", "action-validator");

    [Fact]
    public void ProofsWorkflow_PassesTheLinter()
    {
        var (code, output) = Lint(Workflow);
        Assert.True(code == 0, $"action-validator rejected {Workflow}:\n{output}");
    }

    [Theory]
    [InlineData("runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04")]  // a misspelt key
    [InlineData("timeout-minutes: 30", "timeout-minutes: [30]")]    // a wrong type
    [InlineData("on:\n", "onn:\n")]                                  // no trigger
    public void BrokenWorkflow_IsRejected(string original, string broken)
    {
        var text = File.ReadAllText(Workflow);
        Assert.Contains(original, text);
        var copy = Path.Combine(Path.GetTempPath(), $"proofs-broken-{Guid.NewGuid():N}.yml");
        File.WriteAllText(copy, text.Replace(original, broken));
        try
        {
            var (code, output) = Lint(copy);
            Assert.True(code != 0, $"the linter accepted a broken workflow ({original} → {broken}):\n{output}");
        }
        finally { File.Delete(copy); }
    }

    private static (int Code, string Output) Lint(string path)
    {
        Assert.True(File.Exists(Validator), $"{Validator} is missing: run `bash .ci/setup` (npm ci in tools/ci).");
        var start = new ProcessStartInfo(Validator, [path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "action-validator did not finish within 60 s");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

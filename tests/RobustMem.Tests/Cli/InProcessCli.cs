using RobustMem.Cli;

namespace RobustMem.Tests.Cli;

/// <summary>Runs the command line in this process through <see cref="Program.Run"/>, capturing both writers.</summary>
internal static class InProcessCli
{
    public static CliRunner.Result Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int exit = Program.Run(args, stdout, stderr);
        return new CliRunner.Result(exit, stdout.ToString(), stderr.ToString());
    }
}

using Spectre.Console;

namespace RobustMem.Cli.Figures;

/// <summary>Progress on stderr: a Spectre.Console bar on a terminal, plain lines (one per curve) otherwise, so logs stay readable.</summary>
internal static class ReproduceProgress
{
    /// <summary>Runs <paramref name="work"/> with a callback (label, points done in the curve) that advances the display.</summary>
    /// <remarks>The live bar only when <paramref name="stderr"/> is the process's own, unredirected stderr (a terminal).</remarks>
    public static void Run(int totalPoints, TextWriter stderr, Action<Action<string>, Action> work)
    {
        if (Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error))
        {
            int done = 0;
            work(label => stderr.WriteLine($"[{done}/{totalPoints}] {label}"), () => done++);
            stderr.WriteLine($"[{done}/{totalPoints}] done");
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        console.Progress().Start(context =>
        {
            var task = context.AddTask("sweeping", maxValue: totalPoints);
            work(label => task.Description = Markup.Escape(label), () => task.Increment(1));
        });
    }
}

using Spectre.Console;

namespace RobustMem.Cli.Figures;

/// <summary>Progress on stderr: a Spectre.Console bar on a terminal, plain lines (one per curve) otherwise, so logs stay readable.</summary>
internal static class ReproduceProgress
{
    /// <summary>Runs <paramref name="work"/> with a callback (label, points done in the curve) that advances the display.</summary>
    public static void Run(int totalPoints, Action<Action<string>, Action> work)
    {
        if (Console.IsErrorRedirected)
        {
            int done = 0;
            work(label => Console.Error.WriteLine($"[{done}/{totalPoints}] {label}"), () => done++);
            Console.Error.WriteLine($"[{done}/{totalPoints}] done");
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(context =>
        {
            var task = context.AddTask("sweeping", maxValue: totalPoints);
            work(label => task.Description = Markup.Escape(label), () => task.Increment(1));
        });
    }
}

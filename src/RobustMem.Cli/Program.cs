using System.CommandLine;
using RobustMem.Cli.Commands;

namespace RobustMem.Cli;

/// <summary>Entry point: exit 0 on success, 2 with one line on stderr for bad input, never a stack trace.</summary>
public static class Program
{
    public const int BadInput = 2;
    public const int InternalError = 70;

    public static int Main(string[] args)
    {
        var root = new RootCommand("robustmem: checks Dohmatob (2021), memorization vs robustness in RF and NTK regimes, by running it.")
        {
            MeasureCommand.Create(),
            ReproduceCommand.Create(),
            MergeCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"robustmem: {parse.Errors[0].Message}");
            return BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            Console.Error.WriteLine($"robustmem: {FirstLine(e.Message)}");
            return BadInput;
        }
        catch (OutOfMemoryException)
        {
            Console.Error.WriteLine("robustmem: out of memory: the regime is too large for this machine; reduce n, k, d or test-points.");
            return BadInput;
        }
        catch (Exception e)
        {
            // A bug, not bad input: still one line, with a distinct exit code, so scripts can tell them apart.
            Console.Error.WriteLine($"robustmem: internal error ({e.GetType().Name}): {FirstLine(e.Message)}");
            return InternalError;
        }
    }

    // ArgumentException appends " (Parameter 'x')" on a new line; keep the first line only.
    private static string FirstLine(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message.Split('\n')[0], @" \(Parameter '[^']*'\)", "").Trim();
}

using System.CommandLine;
using System.CommandLine.Help;
using RobustMem.Cli.Commands;
using RobustMem.Cli.Parsing;

namespace RobustMem.Cli;

/// <summary>Entry point: exit 0 on success, 2 with one line on stderr for bad input, never a stack trace.</summary>
internal static class Program
{
    public const int BadInput = 2;

    /// <summary><c>laws</c>: a check ran and failed.</summary>
    public const int ChecksFailed = 1;
    public const int InternalError = 70;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line in-process; every command writes through <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Not RootCommand: it takes the assembly's name, and the usage line would say "RobustMem.Cli", not the script users type.
        var root = new Command(ParseErrorText.Program, "robustmem: checks Dohmatob (2021), memorization vs robustness in RF and NTK regimes, by running it; `laws` adds the universal law and the sharper laws.")
        {
            new HelpOption(),
            new VersionOption(),
            MeasureCommand.Create(stdout, stderr),
            ReproduceCommand.Create(stderr),
            MergeCommand.Create(stderr),
            LawsCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"robustmem: {OneLine(ParseErrorText.Describe(parse))}");
            return BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = stdout, Error = stderr });
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            stderr.WriteLine($"robustmem: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An --out the user cannot write to is bad input too, not a bug.
            stderr.WriteLine($"robustmem: cannot write the output: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (OutOfMemoryException)
        {
            stderr.WriteLine("robustmem: out of memory: the regime is too large for this machine; reduce n, k, d or test-points.");
            return BadInput;
        }
        catch (Exception e)
        {
            // A bug, not bad input: still one line, with a distinct exit code, so scripts can tell them apart.
            stderr.WriteLine($"robustmem: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return InternalError;
        }
    }

    // ArgumentException appends " (Parameter 'x')", ArgumentOutOfRangeException a second line "Actual value was v.": drop both.
    // Control characters (a newline inside a hostile argument echoed back) are escaped, so the message stays one line.
    internal static string OneLine(string message)
    {
        string text = System.Text.RegularExpressions.Regex.Replace(message, @" \(Parameter '[^']*'\)", "");
        int actual = text.LastIndexOf("Actual value was ", StringComparison.Ordinal);
        if (actual > 0 && text[actual - 1] == '\n') text = text[..actual];
        return string.Concat(text.Trim().Select(c => c == '\n' ? "\\n" : char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}

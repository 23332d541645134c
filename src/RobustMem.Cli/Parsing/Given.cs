using System.CommandLine;

namespace RobustMem.Cli.Parsing;

/// <summary>Whether the user typed an option, as opposed to the parser filling in its default.</summary>
internal static class Given
{
    public static bool In(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}

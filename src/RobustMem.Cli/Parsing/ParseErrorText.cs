using System.CommandLine;

namespace RobustMem.Cli.Parsing;

/// <summary>
/// The one line a command line the parser refused gets: for a name it does not know, the command or option meant
/// ("did you mean 'measure'?") or where the known ones are listed; else the parser's own message.
/// </summary>
/// <remarks>The parser's messages say "Required command was not provided." for <c>robustmem mesure</c> (its first error) and
/// "Unrecognized command or argument" for <c>--modle</c>: neither names what was meant, which is what a user needs.</remarks>
internal static class ParseErrorText
{
    /// <summary>What the usage line and every message call the program: the script's name, not the assembly's.</summary>
    public const string Program = "robustmem";

    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        string path = PathOf(command);
        if (parse.UnmatchedTokens.Count > 0) return Unknown(parse.UnmatchedTokens[0], command, path);
        if (command.Subcommands.Count > 0 && command.Action is null)
            return $"no command given; the commands are {Listed(Visible(command.Subcommands).Select(c => c.Name))} (see {path} --help).";
        return Plain(parse.Errors[0].Message);
    }

    // "Cannot parse argument 'abc' for option '--seed' as expected type 'System.Int32'.": the CLR's type is not the user's word.
    private static string Plain(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"^Cannot parse argument '(.*)' for option '([^']*)' as expected type '([^']*)'\.$", System.Text.RegularExpressions.RegexOptions.Singleline);
        if (!match.Success) return message;
        string kind = match.Groups[3].Value switch
        {
            "System.Int32" or "System.Int64" => "an integer",
            "System.Double" => "a number",
            "System.Boolean" => "true or false",
            var type => type,
        };
        return $"{match.Groups[2].Value} takes {kind}, got '{match.Groups[1].Value}'.";
    }

    private static string Unknown(string token, Command command, string path)
    {
        bool option = token.StartsWith('-');
        bool commands = !option && command.Subcommands.Count > 0;
        var names = commands ? Visible(command.Subcommands).SelectMany(NamesOf) : OptionsOf(command).SelectMany(NamesOf);
        var meant = Spelling.Nearest(token, names);
        string what = option ? $"unknown option '{token}' for {path}" : commands ? $"unknown command '{token}'" : $"unexpected argument '{token}' for {path}";
        if (meant.Count > 0) return $"{what}; did you mean {string.Join(" or ", meant.Select(m => $"'{m}'"))}?";
        if (commands) return $"{what}; the commands are {Listed(Visible(command.Subcommands).Select(c => c.Name))}.";
        return option ? $"{what} (see {path} --help)." : $"{what}: every value follows its option's name (see {path} --help).";
    }

    // The command's own options and the ones its parents pass down (--help).
    private static IEnumerable<Option> OptionsOf(Command command) =>
        Visible(command.Options).Concat(command.Parents.OfType<Command>().SelectMany(p => Visible(p.Options)).Where(o => o.Recursive));

    private static IEnumerable<T> Visible<T>(IEnumerable<T> symbols) where T : Symbol => symbols.Where(s => !s.Hidden);

    private static IEnumerable<string> NamesOf(Command command) => command.Aliases.Prepend(command.Name);

    private static IEnumerable<string> NamesOf(Option option) => option.Aliases.Prepend(option.Name);

    /// <summary>"robustmem measure": the command as typed.</summary>
    public static string PathOf(Command command)
    {
        var names = command.Parents.OfType<Command>().Select(c => c.Name).Reverse().Append(command.Name).ToList();
        names[0] = Program;
        return string.Join(' ', names);
    }

    private static string Listed(IEnumerable<string> names)
    {
        var all = names.ToArray();
        return all.Length == 1 ? all[0] : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }
}

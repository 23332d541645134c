using System.CommandLine;

namespace RobustMem.Cli.Commands;

/// <summary>
/// The seed vocabulary every command shares: <c>--seed</c> is the first seed and <c>--seeds</c> the number of seeds from
/// it, each with one range whatever the command; a command that cannot take one refuses it with a line saying why.
/// </summary>
/// <remarks>The ranges are checked by the parser, so a bad seed is refused before any fit, by every command alike.</remarks>
internal static class SeedOptions
{
    /// <summary>The largest seed the claim families draw (RegimeFamily.Seed), so that any seed given is one a family could draw.</summary>
    public const int MaxSeed = 999_999;

    /// <summary>The most seeds of one point: reproduce's grid at 100 seeds is already hours at --full.</summary>
    public const int MaxSeeds = 100;

    /// <summary><c>--seed</c>: the first seed, 0 unless given.</summary>
    public static Option<int> First(string description) =>
        Ranged(new Option<int>("--seed") { Description = $"{description} (0..{MaxSeed})", DefaultValueFactory = _ => 0 }, 0, MaxSeed);

    /// <summary><c>--seeds</c>: how many seeds, from the first on.</summary>
    public static Option<int> Count(string description, int byDefault) =>
        Ranged(new Option<int>("--seeds") { Description = $"{description} (1..{MaxSeeds})", DefaultValueFactory = _ => byDefault }, 1, MaxSeeds);

    /// <summary>
    /// A seed option this command does not take, hidden from its help and its suggestions: given, it is refused with
    /// <paramref name="why"/>, rather than "did you mean" the other one, whose meaning differs.
    /// </summary>
    public static Option<string?> Refused(string name, string why)
    {
        var option = new Option<string?>(name) { Hidden = true, Arity = ArgumentArity.ZeroOrOne };
        option.Validators.Add(result => result.AddError($"{name} is not an option of this command: {why}"));
        return option;
    }

    private static Option<int> Ranged(Option<int> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            // A value that is not an integer already has the parser's own error.
            if (result.Tokens.Count == 0 || !int.TryParse(result.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out int value)) return;
            if (value < min || value > max) result.AddError($"{option.Name} must be in [{min}, {max}], got {value}.");
        });
        return option;
    }
}

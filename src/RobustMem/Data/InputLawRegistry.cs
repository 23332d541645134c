using RobustMem.Data.Files;

namespace RobustMem.Data;

/// <summary>The laws known by name: the paper's four, then any a caller registers. The CLI parses through it.</summary>
public static class InputLawRegistry
{
    private static readonly NamedRegistry<InputLaw> Laws = new("law", InputLaw.Standard, l => l.Name);

    /// <summary>Every known law, the standard ones first.</summary>
    public static IReadOnlyList<InputLaw> All => Laws.All;

    /// <summary>The names, comma-separated, for help texts and error messages.</summary>
    public static string Names => Laws.Names;

    /// <summary>Adds a law; registering the same instance again is a no-op, another law under a taken name is refused.</summary>
    public static void Register(InputLaw law) => Laws.Register(law);

    /// <summary>The law of that name, case-insensitive, or a file's for <c>file:SPEC</c>; the message lists the valid names.</summary>
    public static InputLaw Parse(string name) => Parse(name, classes: null);

    /// <summary>
    /// As <see cref="Parse(string)"/>; <c>file:SPEC</c> reads the file (<see cref="FileLaw.Read"/>), keeping the points of
    /// <paramref name="classes"/> when given. Classes with a named law are refused: only a file's rows have them.
    /// </summary>
    internal static InputLaw Parse(string name, ClassPair? classes)
    {
        if (name.StartsWith(FileLaw.Scheme, StringComparison.OrdinalIgnoreCase)) return FileLaw.Read(name[FileLaw.Scheme.Length..], classes);
        if (classes is { } pair) throw new ArgumentException($"--classes {pair} needs --law {FileLaw.Scheme}PATH; the {name} law has no classes.");
        return Laws.Parse(name);
    }
}

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

    /// <summary>The law of that name, case-insensitive; the message lists the valid names.</summary>
    public static InputLaw Parse(string name) => Laws.Parse(name);
}

namespace RobustMem.Models;

/// <summary>
/// The models known by name: the paper's four, then any a caller registers (a test project's toy model). The CLI parses
/// through it; it is the one place that maps a name to a model.
/// </summary>
public static class ModelRegistry
{
    private static readonly NamedRegistry<Model> Models = new("model", Model.Standard, m => m.Name, parameterName: "name");

    /// <summary>Every known model, the standard ones first.</summary>
    public static IReadOnlyList<Model> All => Models.All;

    /// <summary>The names, comma-separated, for help texts and error messages.</summary>
    public static string Names => Models.Names;

    /// <summary>Adds a model; registering the same instance again is a no-op, another model under a taken name is refused.</summary>
    public static void Register(Model model) => Models.Register(model);

    /// <summary>The model of that name, case-insensitive; the message lists the valid names.</summary>
    public static Model Parse(string name) => Models.Parse(name);
}

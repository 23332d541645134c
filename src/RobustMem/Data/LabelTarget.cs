namespace RobustMem.Data;

/// <summary>The regression function the labels carry besides the noise σξ.</summary>
public enum LabelTarget
{
    /// <summary>y = ⟨w*, x⟩ + σξ with w* uniform on the unit sphere: Dohmatob's setting, the default.</summary>
    Linear,

    /// <summary>y = σξ, pure noise (the sharper laws' Y ~ N(0, 1) at σ = 1): nothing to learn, only to memorise.</summary>
    None,

    /// <summary>y = +1 or −1, the class of a file's point (<c>--classes a,b</c>), plus σξ: real data (THEORY.md §5.3); w* = 0.</summary>
    Classes,
}

/// <summary>The command-line names of <see cref="LabelTarget"/>: "linear", "none" and "classes".</summary>
public static class LabelTargets
{
    public static string Name(LabelTarget target) => target switch
    {
        LabelTarget.Linear => "linear",
        LabelTarget.None => "none",
        LabelTarget.Classes => "classes",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "target must be linear, none or classes."),
    };

    /// <summary>Case-insensitive; the message lists the valid names.</summary>
    public static LabelTarget Parse(string name) =>
        Enum.GetValues<LabelTarget>().Where(t => string.Equals(Name(t), name, StringComparison.OrdinalIgnoreCase)).Cast<LabelTarget?>().FirstOrDefault()
        ?? throw new ArgumentException($"unknown target '{name}'; expected linear, none or classes.", nameof(name));
}

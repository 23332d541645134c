namespace RobustMem.Data;

/// <summary>The regression function the labels carry besides the noise σξ.</summary>
public enum LabelTarget
{
    /// <summary>y = ⟨w*, x⟩ + σξ with w* uniform on the unit sphere: Dohmatob's setting, the default.</summary>
    Linear,

    /// <summary>y = σξ, pure noise (the sharper laws' Y ~ N(0, 1) at σ = 1): nothing to learn, only to memorise.</summary>
    None,
}

/// <summary>The command-line names of <see cref="LabelTarget"/>: "linear" and "none".</summary>
public static class LabelTargets
{
    public static string Name(LabelTarget target) => target switch
    {
        LabelTarget.Linear => "linear",
        LabelTarget.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "target must be linear or none."),
    };

    /// <summary>Case-insensitive; the message lists the valid names.</summary>
    public static LabelTarget Parse(string name) =>
        Enum.GetValues<LabelTarget>().Where(t => string.Equals(Name(t), name, StringComparison.OrdinalIgnoreCase)).Cast<LabelTarget?>().FirstOrDefault()
        ?? throw new ArgumentException($"unknown target '{name}'; expected linear or none.", nameof(name));
}

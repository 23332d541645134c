namespace RobustMem.Claims;

/// <summary>One condition of a check: which result it decides, whether it held, and one line with its numbers.</summary>
public sealed record Condition(Part Part, bool Held, string Text)
{
    /// <summary>Whether the condition decides the verdict; false for a <see cref="Note"/>, which only reports a number.</summary>
    public bool Decides { get; init; } = true;

    /// <summary>A line that reports a number and decides nothing.</summary>
    public static Condition Note(string text) => new(Part.Sanity, true, text) { Decides = false };

    public override string ToString() => $"[{(Held ? "ok" : "VIOLATED")}] {PartName(Part)}{Text}";

    private static string PartName(Part part) => part switch
    {
        Part.Sanity => "",
        Part.LowerBound => "bound: ",
        Part.Tightness => "tightness: ",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "a new part needs its own label"),
    };
}

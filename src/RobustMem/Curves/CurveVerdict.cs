namespace RobustMem.Curves;

/// <summary>The verdict on one claim from one figure's curves, with the numbers it rests on and the rule applied.</summary>
/// <param name="Claim">Claim id of THEORY.md §2.</param>
/// <param name="Figure">Figure the verdict was computed from.</param>
/// <param name="Pass">True or false; null when the curves cannot decide (too few points in the window).</param>
/// <param name="Evidence">The measured figures, e.g. ratio range and peak locations.</param>
/// <param name="Rule">How the verdict is decided, in one line.</param>
public sealed record CurveVerdict(string Claim, string Figure, bool? Pass, string Evidence, string Rule)
{
    public string Word => Pass switch { true => "holds", false => "FAILS", null => "undecided" };
}

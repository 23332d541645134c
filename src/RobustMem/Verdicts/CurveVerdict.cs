using RobustMem.Claims;

namespace RobustMem.Verdicts;

/// <summary>The verdict on one claim from one figure's curves, with the numbers it rests on and the rule applied.</summary>
/// <param name="Claim">The claim of THEORY.md §2, the same record the property verdicts use.</param>
/// <param name="Figure">Figure the verdict was computed from.</param>
/// <param name="Pass">
/// True or false; null when the curves cannot decide. For a bound (claims I, II, III, G, T) it is read off
/// <see cref="LowerBound"/> and <see cref="Tightness"/> (<see cref="OfBound"/>), which say more and are what a reader should look at.
/// </param>
/// <param name="Evidence">The measured figures, e.g. the fitted exponent with its interval, peak locations.</param>
/// <param name="Rule">How the verdict is decided, in one line.</param>
internal sealed record CurveVerdict(Claim Claim, string Figure, bool? Pass, string Evidence, string Rule)
{
    /// <summary>The lower bound's result; <see cref="BoundResult.NotChecked"/> for checks that are not bounds (claims M, N, R).</summary>
    public BoundResult LowerBound { get; init; } = BoundResult.NotChecked;

    /// <summary>Why the lower bound is undetermined, e.g. "window too short: …"; empty otherwise.</summary>
    public string LowerBoundNote { get; init; } = "";

    /// <summary>Whether min-norm attains the bound; <see cref="TightnessResult.NotApplicable"/> for checks that are not bounds.</summary>
    public TightnessResult Tightness { get; init; } = TightnessResult.NotApplicable;

    /// <summary>Why tightness is unresolved; empty otherwise.</summary>
    public string TightnessNote { get; init; } = "";

    /// <summary>Where the measurement disagrees with the paper's statement, with the source that explains it; null where it agrees.</summary>
    public Disagreement? Disagreement { get; init; }

    /// <summary>What the row is about within its figure: a curve's name, or "k = 4, 8, 16" for a family of widths; empty for a figure-wide check.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The one number the verdict rests on, for the summary's first table, e.g. "e = +0.02 [−0.03, +0.07] in n (tightness)"; empty for checks that are not bounds.</summary>
    public string Headline { get; init; } = "";

    /// <summary>True when the row is a bound, reported through <see cref="LowerBound"/> and <see cref="Tightness"/>.</summary>
    public bool IsBound => LowerBound != BoundResult.NotChecked || Tightness != TightnessResult.NotApplicable;

    public string Word => Pass switch { true => "holds", false => "FAILS", null => "undecided" };

    /// <summary>A bound's verdict: passes only when the bound holds and, where checked, is attained; fails on either refuted.</summary>
    public static CurveVerdict OfBound(Claim claim, string figure, string evidence, string rule,
        (BoundResult Result, string Note) lowerBound, (TightnessResult Result, string Note) tightness, Disagreement? disagreement)
    {
        bool? pass = (lowerBound.Result, tightness.Result) switch
        {
            (BoundResult.Violated, _) or (_, TightnessResult.NotAttained) => false,
            (BoundResult.Holds or BoundResult.NotChecked, TightnessResult.Attained or TightnessResult.NotApplicable) => true,
            (BoundResult.Undetermined, _) or (_, TightnessResult.Unresolved) => null,
            _ => throw new ArgumentOutOfRangeException(nameof(lowerBound), $"no verdict for lower bound {lowerBound.Result} with tightness {tightness.Result}"),
        };
        return new(claim, figure, pass, evidence, rule)
        {
            LowerBound = lowerBound.Result, LowerBoundNote = lowerBound.Note,
            Tightness = tightness.Result, TightnessNote = tightness.Note,
            Disagreement = disagreement,
        };
    }
}

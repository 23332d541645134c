using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>The outcome of checking one claim on one regime, with every number a theorist needs to act on it.</summary>
/// <param name="Claim">Which claim was checked.</param>
/// <param name="Regime">The regime, at the smaller n of the check.</param>
/// <param name="Control">The negative control applied, or <see cref="Control.None"/>.</param>
/// <param name="Value">The measured quantity the check is about (<see cref="Quantity"/>: S unless the claim measures another), at the larger n where two sizes are measured.</param>
/// <param name="Bound">The paper's bound it is divided by: √n, √(n/k), or 1 for level checks.</param>
/// <param name="Ratio">Value / Bound.</param>
/// <param name="Band">Where <paramref name="Ratio"/> must lie.</param>
/// <param name="Passed">Every condition of the check held.</param>
/// <param name="Conditions">Each condition, one line, with its numbers and whether it held.</param>
/// <param name="Figures">The numbers the conditions compare, by name (e.g. "ratio(n)", "quotient"), for calibration.</param>
public sealed record ClaimVerdict(
    Claim Claim,
    Regime Regime,
    Control Control,
    double Value,
    double Bound,
    double Ratio,
    Band Band,
    bool Passed,
    IReadOnlyList<string> Conditions,
    IReadOnlyDictionary<string, double> Figures)
{
    /// <summary>What <see cref="Value"/> is: the claim's quantity, with the name and symbol the verdict prints.</summary>
    public Quantity Quantity => Claim.Measures;

    /// <summary>The conditions that decided the verdict (every one but the notes), one line each as in <see cref="Conditions"/>.</summary>
    public IReadOnlyList<string> Deciding { get; init; } = [];

    /// <summary>The lower bound's own result, read off the conditions that decide it.</summary>
    public BoundResult LowerBound { get; init; } = BoundResult.NotChecked;

    /// <summary>Whether min-norm attains the bound, separately from the bound.</summary>
    public TightnessResult Tightness { get; init; } = TightnessResult.NotApplicable;

    /// <summary>Where the measurement disagrees with the paper's statement, with the source that explains it; null where it agrees.</summary>
    public Disagreement? Disagreement { get; init; }

    /// <summary>One paragraph: verdict, claim, regime and each condition.</summary>
    public string Message =>
        $"{(Passed ? "PASS" : "FAIL")} claim {Claim.Id}{(Control == Control.None ? "" : $" under control {Control}")}: {Claim.MustHold}\n" +
        $"  regime: {RegimeText.Describe(Regime)}\n" +
        $"  {Quantity.Symbol} = {Value:G4}, bound = {Bound:G4}, ratio = {Ratio:G4}, band {Band} ({Band.Origin})\n" +
        $"  lower bound: {LowerBound}; tightness: {Tightness}" + (Disagreement is null ? "" : $"; disagrees with the paper: {Disagreement}") + "\n" +
        string.Join("\n", Conditions.Select(c => "  " + c));

    public override string ToString() => Message;
}

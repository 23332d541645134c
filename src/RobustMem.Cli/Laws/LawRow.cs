using System.Globalization;
using RobustMem.Claims;
using RobustMem.Laws;

namespace RobustMem.Cli.Laws;

/// <summary>
/// One row of <c>robustmem laws</c>: a law on a model class, with its three results kept apart (lower bound, tightness,
/// disagreement with the paper), each with the numbers it rests on, or why the law does not apply.
/// </summary>
/// <param name="Verdict">The check's verdict; null where the law does not apply.</param>
/// <param name="Regime">The regime checked, in one line; for a law that does not apply, why not.</param>
internal sealed record LawRow(LawEntry Entry, ClaimVerdict? Verdict, string Regime)
{
    /// <summary>A law checked: the verdict of its check on its representative regime.</summary>
    public static LawRow Checked(LawRegime entry, ClaimVerdict verdict) => new(entry, verdict, Describe(verdict.Regime));

    /// <summary>The regime in one line, with the weight scale and the target where they are not Dohmatob's (the sharper laws'
    /// setting), spelled as <c>measure</c>'s flags so that a row can be rerun.</summary>
    public static string Describe(Experiments.Regime regime) =>
        RegimeText.Describe(regime)
        + (regime.WeightsSd is { } sd ? $", --weights-sd {Number(sd)}" : "")
        + (regime.Target == Data.LabelTarget.Linear ? "" : $", --target {Data.LabelTargets.Name(regime.Target)}");

    /// <summary>A law that says nothing about the model class.</summary>
    public static LawRow NotApplicable(LawNotApplicable entry) => new(entry, null, $"not applicable: {entry.Why}");

    public bool Applicable => Verdict is not null;

    /// <summary>The figures the lower bound rests on, as the check's verdict names them.</summary>
    public IReadOnlyList<(string Id, string Label, double Value)> LowerBoundFigures => Figures(e => e.Check.LowerBound);

    /// <summary>The figures tightness rests on.</summary>
    public IReadOnlyList<(string Id, string Label, double Value)> TightnessFigures => Figures(e => e.Check.Tightness);

    public string LowerBoundWord => Verdict is null ? NotApplicableWord : Words(Verdict.LowerBound);

    public string TightnessWord => Verdict is null ? NotApplicableWord : Words(Verdict.Tightness);

    /// <summary>"holds: S/√n at n 1.02, …": the result and its numbers in one cell.</summary>
    public string LowerBoundText => WithFigures(LowerBoundWord, LowerBoundFigures);

    public string TightnessText => WithFigures(TightnessWord, TightnessFigures);

    /// <summary>
    /// The disagreement the check reports, with the work that explains it; "none" where the check passed without one. A
    /// failed check is not a disagreement by itself (one regime, calibrated bands): it says so and lists what failed.
    /// </summary>
    public string DisagreementText => Verdict switch
    {
        null => "none (not applicable)",
        { Disagreement: { } d } => d.ToString(),
        { Passed: true } => "none",
        _ => $"none established; the check FAILED: {string.Join("; ", Verdict.Conditions.Where(c => c.StartsWith("[VIOLATED]", StringComparison.Ordinal)))}",
    };

    public const string NotApplicableWord = "not applicable";

    public static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private IReadOnlyList<(string Id, string Label, double Value)> Figures(Func<LawRegime, IReadOnlyList<LawFigure>> of) =>
        Verdict is null || Entry is not LawRegime checkedEntry ? [] : of(checkedEntry).Select(f => (f.Id, f.Label, f.Of(Verdict))).ToList();

    private static string WithFigures(string result, IReadOnlyList<(string Id, string Label, double Value)> figures) =>
        figures.Count == 0 ? result : $"{result}: {string.Join(", ", figures.Select(f => $"{f.Label} {Number(f.Value)}"))}";

    private static string Words(BoundResult result) => result switch
    {
        BoundResult.Holds => "holds",
        BoundResult.Violated => "VIOLATED",
        BoundResult.NotChecked => "not checked",
        BoundResult.Undetermined => "undetermined",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "a new bound result needs its own words"),
    };

    private static string Words(TightnessResult result) => result switch
    {
        TightnessResult.Attained => "attained",
        TightnessResult.NotAttained => "not attained",
        TightnessResult.Unresolved => "unresolved",
        TightnessResult.NotApplicable => NotApplicableWord,
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "a new tightness result needs its own words"),
    };
}

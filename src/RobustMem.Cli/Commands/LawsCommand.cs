using System.CommandLine;
using System.Diagnostics;
using RobustMem.Cli.Laws;
using RobustMem.Claims;
using RobustMem.Laws;
using RobustMem.LinearAlgebra;
using RobustMem.Models;

namespace RobustMem.Cli.Commands;

/// <summary>
/// <c>robustmem laws</c>: for each model class, every law of the three papers (Dohmatob 2021, Bubeck &amp; Sellke 2021,
/// Bombari, Kiyani &amp; Mondelli 2023) checked by the library's claim checks on one representative regime
/// (<see cref="LawRegimes"/>), or why it does not apply; lower bound, tightness and disagreement kept apart.
/// </summary>
/// <remarks>
/// One regime per law and model: a reading of where each law holds and is tight, not a statistical test. The suite's
/// properties draw many regimes per claim and are the CI's gate (README, "What the suite says about the paper").
/// </remarks>
internal static class LawsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var seed = SeedOptions.First("seed of every regime");
        var seeds = SeedOptions.Refused("--seeds", "laws checks each law on one regime, at --seed S; the suite's properties (dotnet test) draw many seeds.");
        var model = new Option<string?>("--model") { Description = $"only this model class: {ModelRegistry.Names}" };
        var format = new Option<string>("--format") { Description = LawsFormat.Names, DefaultValueFactory = _ => "table" };
        // Most (model class, law) pairs are not applicable (14 of 24): listed, they bury the ten results; one line says they were left out.
        var showNotApplicable = new Option<bool>("--show-not-applicable") { Description = "also list the (model class, law) pairs a law does not apply to, each with why (left out by default)" };
        var command = new Command("laws", "For each model class, check each law (Dohmatob 2021, Bubeck & Sellke 2021, Bombari, Kiyani & Mondelli 2023) on a representative regime: lower bound, tightness, disagreement with the paper.")
        {
            seed, seeds, model, format, showNotApplicable,
        };
        command.SetAction(parse => Run(parse.GetValue(seed), parse.GetValue(model), parse.GetValue(format)!, parse.GetValue(showNotApplicable), stdout, stderr));
        return command;
    }

    private static int Run(int seed, string? modelName, string formatName, bool showNotApplicable, TextWriter stdout, TextWriter stderr)
    {
        // Every input is checked, and every regime's bands looked up, before the first fit: a refusal comes at once.
        var write = LawsFormat.Parse(formatName);
        var models = modelName is null ? ModelRegistry.All : [ModelRegistry.Parse(modelName)];
        var entries = models.SelectMany(LawRegimes.For).ToList();
        var toCheck = entries.OfType<LawRegime>().Select(e => (Entry: e, Regime: e.At(seed).Validate())).ToList();
        foreach (var (entry, regime) in toCheck) entry.Check.Bands(regime);

        var la = Backend.Current;
        if (Backend.FallbackNotice is { } notice) stderr.WriteLine(notice);
        var clock = Stopwatch.StartNew();
        var verdicts = new Dictionary<LawEntry, ClaimVerdict>();
        for (int i = 0; i < toCheck.Count; i++)
        {
            var (entry, regime) = toCheck[i];
            stderr.WriteLine($"[{i + 1}/{toCheck.Count}] {entry.Model.Name}, {entry.Law.Name} (claim {entry.Check.Claim.Id}): {LawRow.Describe(regime)}");
            var started = clock.Elapsed;
            verdicts[entry] = entry.Check.Run(regime, la);
            stderr.WriteLine($"    {(verdicts[entry].Passed ? "passed" : "FAILED")} in {(clock.Elapsed - started).TotalSeconds:F1} s");
        }
        var rows = entries.Select(e => e switch
        {
            LawRegime checkedEntry => LawRow.Checked(checkedEntry, verdicts[checkedEntry]),
            LawNotApplicable notApplicable => LawRow.NotApplicable(notApplicable),
            _ => throw new ArgumentOutOfRangeException(nameof(entries), e, "a new kind of law entry needs its own row"),
        }).ToList();
        int hidden = showNotApplicable ? 0 : rows.Count(r => !r.Applicable);
        write(showNotApplicable ? rows : rows.Where(r => r.Applicable).ToList(), new LawsRun(seed, la.Name), stdout);
        int failed = verdicts.Values.Count(v => !v.Passed);
        string left = hidden > 0 ? $"; {hidden} not applicable, not listed (--show-not-applicable lists them with why)" : "";
        stderr.WriteLine($"checked {toCheck.Count} (model class, law) pairs of {entries.Count} in {clock.Elapsed.TotalSeconds:F1} s ({la.Name}){(failed > 0 ? $"; {failed} FAILED" : "")}{left}");
        // A failed check is a finding, not bad input: exit 1, so that a CI step can gate on the command (2 stays bad input).
        return failed > 0 ? Program.ChecksFailed : 0;
    }
}

using RobustMem.Experiments;

namespace RobustMem.Cli.Commands;

/// <summary>
/// Measure's guard as a time estimate (issue 19): the chosen route's cost (<see cref="Models.Model.MeasureCost"/>, counting
/// only the asked fields) at its measured rate, for all repeats. Over the route's limit it refuses, naming the cheapest change
/// that would run (fewer repeats, a field to drop) and the override; a long run that passes is announced on stderr first.
/// </summary>
internal static class MeasureGuard
{
    /// <summary>Runs estimated longer than this are announced, with the route and the estimate, before they start.</summary>
    public const double AnnounceSeconds = 5;

    /// <summary>The cost of one run, after refusing (one line, exit 2) what would run over the limit without <paramref name="allowLong"/>.</summary>
    /// <remarks>A run is one repeat at one seed: <c>measure</c> runs <paramref name="seeds"/> × <paramref name="repeats"/> of them.</remarks>
    public static RouteCost Check(Regime regime, MeasureFields fields, int seeds, int repeats, bool allowLong)
    {
        // Parameters and memory here; the time limit below, with the cheapest change that would run.
        var cost = regime.ValidateFor(fields, allowLong: true);
        int runs = seeds * repeats;
        double total = cost.Seconds * runs;
        if (!allowLong && total > cost.SecondsLimit)
            throw new ArgumentOutOfRangeException("repeats", runs,
                $"too long: {(runs == 1 ? "about " : $"{Runs(seeds, repeats)} of about ")}{Duration(cost.Seconds)}{(runs == 1 ? "" : " each")} ({cost.Work:G2} multiply-adds on the {cost.Route} route at {cost.Rate:G2}/s) exceed{(runs == 1 ? "s" : "")} {Duration(cost.SecondsLimit)}; {Cheapest(regime, fields, seeds, repeats, cost)}, or pass --allow-long.");
        return cost;
    }

    private static string Runs(int seeds, int repeats) => seeds == 1 ? $"{repeats} repeats" : $"{seeds * repeats} runs ({seeds} seeds × {repeats} repeats)";

    /// <summary>"measure: about 40 s (2 repeats on the dual route, 4.0E+11 multiply-adds at 1E+10/s)", or null when short.</summary>
    public static string? Announcement(RouteCost cost, int runs) =>
        cost.Seconds * runs > AnnounceSeconds
            ? $"measure: about {Duration(cost.Seconds * runs)} ({runs} run{(runs == 1 ? "" : "s")} on the {cost.Route} route, {cost.Work:G2} multiply-adds each at {cost.Rate:G2}/s)"
            : null;

    // Fewer repeats if one fits; else the asked fields less the most expensive ones, dropped one at a time until the rest
    // fits; else the sizes.
    private static string Cheapest(Regime regime, MeasureFields fields, int seeds, int repeats, RouteCost cost)
    {
        int fitting = (int)Math.Floor(cost.SecondsLimit / cost.Seconds);
        int runs = seeds * repeats;
        if (runs > 1 && fitting >= 1)
            return seeds == 1 ? $"--repeats {fitting} runs"
                : fitting >= repeats ? $"--seeds {fitting / repeats} runs"
                : $"--seeds 1 --repeats {fitting} runs";
        var rest = fields;
        while (true)
        {
            var drop = MeasureFieldNames.Each.Select(e => e.Field).Where(f => rest.HasFlag(f) && (rest & ~f) != MeasureFields.None)
                .OrderByDescending(f => regime.Model.MeasureCost(regime, rest).Seconds - regime.Model.MeasureCost(regime, rest & ~f).Seconds)
                .FirstOrDefault();
            if (drop == MeasureFields.None) return $"reduce {cost.Sizes}";
            rest &= ~drop;
            if (Fits(regime.Model.MeasureCost(regime, rest)))
                return $"--fields {MeasureFieldNames.Format(rest)} runs{(runs > 1 ? " (one run)" : "")}";
        }
    }

    private static bool Fits(RouteCost cost) => cost.Seconds <= cost.SecondsLimit && cost.LargestMatrix <= Regime.MaxMatrixEntries;

    internal static string Duration(double seconds) =>
        seconds < 90 ? $"{Math.Max(seconds, 0.1):G2} s" : seconds < 5400 ? $"{seconds / 60:G2} min" : $"{seconds / 3600:G2} h";
}

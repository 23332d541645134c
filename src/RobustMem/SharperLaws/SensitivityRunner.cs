using RobustMem.Claims;
using RobustMem.LinearAlgebra;
using RobustMem.Sweeps;

namespace RobustMem.SharperLaws;

/// <summary>Runs a <see cref="SensitivityPlan"/>, or one shard of it: each owned item through <see cref="SensitivityProbe"/>.</summary>
internal static class SensitivityRunner
{
    /// <summary>The shard's points in canonical order.</summary>
    /// <param name="plan">The whole sweep.</param>
    /// <param name="shard">The slice to run; <see cref="Shard.Whole"/> for an unsharded run.</param>
    /// <param name="la">Backend.</param>
    /// <param name="describe">Called with "figure: activation N=…" before the first owned point of each (activation, N).</param>
    /// <param name="advance">Called once per point done.</param>
    /// <param name="progressOf">A progress sink for one item, passed to the probe (the fraction of the point done), for long points; disposed after the point when it is <see cref="IDisposable"/>.</param>
    public static IReadOnlyList<SensitivityPoint> Run(SensitivityPlan plan, Shard shard, ILinearAlgebra? la = null,
        Action<string>? describe = null, Action? advance = null, Func<SensitivityItem, IProgress<double>?>? progressOf = null)
    {
        la ??= Backend.Current;
        var items = plan.ItemsOf(shard);
        // Every point was checked by the plan (SensitivityPlan), before the first fit and any output.
        var points = new List<SensitivityPoint>();
        string? current = null;
        foreach (var item in items)
        {
            string label = $"{plan.Figure.Name}: {item.Activation.Name} N={item.N}";
            if (label != current) describe?.Invoke(current = label);
            var progress = progressOf?.Invoke(item);
            try { points.Add(Measure(item, la, progress)); }
            finally { (progress as IDisposable)?.Dispose(); }
            advance?.Invoke();
        }
        return points;
    }

    /// <summary>One item: its fit's sensitivity, p and √(Nd/p) (none for the kernel).</summary>
    public static SensitivityPoint Measure(SensitivityItem item, ILinearAlgebra la, IProgress<double>? progress = null)
    {
        var regime = item.Regime;
        double s = SensitivityProbe.Measure(regime, la, progress);
        long? p = item.K is null ? null : regime.Model.ParameterCount(regime);
        return new SensitivityPoint(item.Activation.Name, item.N, item.K, p, item.Seed, s, item.K is null ? null : ClaimBound.Universal.Of(regime),
            item.Figure.PaperUnit * s);
    }
}

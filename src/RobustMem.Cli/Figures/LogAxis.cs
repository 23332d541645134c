using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace RobustMem.Cli.Figures;

/// <summary>A logarithmic axis: the data are plotted as log10, the ticks say 10¹, 10², … with minor ticks at 2…9 × 10ᵏ.</summary>
/// <remarks>
/// ScottPlot 5 has no logarithmic axis type; its recipe is to plot log10 values and give the axis log ticks, so no label
/// ever shows a log10 value. The figures span one to three decades, where decades alone would label one or two ticks:
/// then 2 × 10ᵏ and 5 × 10ᵏ are labelled too, as matplotlib's LogFormatter labels its minor ticks on short ranges.
/// The ticks are fixed for the range the plot shows, which is all a saved figure needs.
/// </remarks>
internal static class LogAxis
{
    /// <summary>Sets <paramref name="axis"/>'s ticks for the log10 range [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static void Apply(IAxis axis, double min, double max)
    {
        var ticks = new NumericManual();
        int lo = (int)Math.Floor(min), hi = (int)Math.Ceiling(max);
        // Decades alone when three or more show; else 2 and 5 too; where that still labels fewer than three ticks (a span
        // under a decade), every tick.
        int[][] choices = [[1], [1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]];
        var positions = Enumerable.Range(lo, hi - lo + 1).SelectMany(k => Enumerable.Range(1, 9).Select(m => (k, m, At: k + Math.Log10(m))))
            .Where(t => t.At >= min && t.At <= max).ToArray();
        int[] labelled = choices.FirstOrDefault(c => positions.Count(t => c.Contains(t.m)) >= 3) ?? choices[^1];
        foreach (var (k, m, at) in positions)
            if (labelled.Contains(m)) ticks.AddMajor(at, Label(m, k));
            else ticks.AddMinor(at);
        axis.TickGenerator = ticks;
    }

    /// <summary>m × 10ᵏ as it is printed: decades as 10ᵏ (10⁰, 10¹, 10²), the others plainly from 0.01 to 900 (2, 20, 500), else 2×10³.</summary>
    internal static string Label(int m, int k) =>
        m == 1 ? "10" + Superscript(k)
        : k is >= -2 and <= 2 ? (m * Math.Pow(10, k)).ToString("G3", CultureInfo.InvariantCulture)
        : $"{m}×10{Superscript(k)}";

    private static string Superscript(int k) =>
        string.Concat(k.ToString(CultureInfo.InvariantCulture).Select(c => c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));
}

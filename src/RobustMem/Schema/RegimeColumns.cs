using RobustMem.Experiments;
using RobustMem.Features;

namespace RobustMem.Schema;

/// <summary>The columns that say which fit a CSV row is: the regime's variables, named as <c>measure</c>'s JSON names them.</summary>
/// <remarks>
/// One column per variable, so a figure's CSV reads straight into a data frame and groups by any of them (issue 20),
/// where the curve's name packed them into one string. Where the JSON writes null for a default (the paper's 1/√d), the
/// CSV writes the value the fit used; a kernel has no width, so its <c>k</c> is empty, as the JSON's is null.
/// </remarks>
internal static class RegimeColumns
{
    /// <summary>The names, in order: model, activation, law, d, k, n, noise, ridge, weights_sd, seed, repeat.</summary>
    public static IReadOnlyList<string> Names { get; } = ["model", "activation", "law", "d", "k", "n", "noise", "ridge", "weights_sd", "seed", "repeat"];

    /// <summary>The cells of one fit, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<string> Cells(Regime r, int repeat = 0) =>
    [
        CsvText.Text(r.Model.Name), CsvText.Text(r.Sigma.Name), CsvText.Text(r.Law.Name), CsvText.Int(r.D),
        r.Model.HasWidth ? CsvText.Int(r.K) : "", CsvText.Int(r.N), CsvText.Number(r.Noise), CsvText.Number(r.Ridge),
        CsvText.Number(r.WeightsSd ?? WeightSampler.DefaultSd(r.D)), CsvText.Int(r.Seed), CsvText.Int(repeat),
    ];
}

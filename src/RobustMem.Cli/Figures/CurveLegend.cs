using System.Globalization;
using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Cli.Figures;

/// <summary>The legend of a figure's curves in one style: each curve names what differs between them, the subtitle what they share.</summary>
/// <remarks>
/// One spelling for every figure, from the regimes themselves (model, activation, law, d, k, σ, λ), where the catalogue's
/// labels had mixed "RF relu d=100 k=50", "rf-kernel relu d=300" and "λ=1E-08" (issue 20).
/// </remarks>
internal sealed record CurveLegend(IReadOnlyList<string> Labels, string Shared)
{
    public static CurveLegend Of(IReadOnlyList<Regime> regimes)
    {
        var parts = regimes.Select(Parts).ToArray();
        var names = parts[0].Select(p => p.Name).ToArray();
        bool Varies(string name) => parts.Select(p => p.FirstOrDefault(x => x.Name == name).Text).Distinct().Count() > 1;
        var varying = names.Where(Varies).ToHashSet();
        // A single curve, or curves alike in every part shown: the labels keep the model and the activation.
        if (varying.Count == 0) varying = ["model", "activation"];
        var labels = parts.Select(p => string.Join(", ", p.Where(x => varying.Contains(x.Name) && x.Text is not null).Select(x => x.Text))).ToArray();
        string shared = string.Join(", ", parts[0].Where(x => !varying.Contains(x.Name) && x.Text is not null).Select(x => x.Text));
        return new(labels, shared);
    }

    /// <summary>The text of one number as the legends print it: λ = 10⁻⁸, σ = 0.25.</summary>
    public static string Number(double value)
    {
        if (value > 0 && value != 1 && Math.Abs(Math.Log10(value) - Math.Round(Math.Log10(value))) < 1e-12)
            return LogAxis.Label(1, (int)Math.Round(Math.Log10(value)));
        return value.ToString("G3", CultureInfo.InvariantCulture);
    }

    private static (string Name, string? Text)[] Parts(Regime r) =>
    [
        ("model", r.Model.Name.Replace("-kernel", " kernel", StringComparison.Ordinal).Replace("rf", "RF", StringComparison.Ordinal).Replace("ntk", "NTK", StringComparison.Ordinal)),
        ("activation", r.Sigma.Name),
        ("law", r.Law == InputLaw.Sphere ? null : r.Law.Name),
        ("d", $"d = {r.D}"),
        ("k", r.Model.HasWidth ? $"k = {r.K}" : null),
        ("noise", $"σ = {Number(r.Noise)}"),
        ("ridge", $"λ = {Number(r.Ridge)}"),
    ];
}

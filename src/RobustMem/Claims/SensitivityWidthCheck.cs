using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// The sharper laws in the width (Bombari, Kiyani &amp; Mondelli 2023; THEORY.md §5.2): at fixed data, the regime at
/// width k and at 4k, Q = S(4k)/S(k) with S the root mean square of ‖∇f‖ over fresh points of the law (the sensitivity
/// ‖∇f(z)‖ concentrates around it). A decay like √(N/k) gives Q = 1/2, a plateau Q = 1.
/// </summary>
/// <remarks>
/// <see cref="Decays"/> is claim B-NTK-even: Q in the decay band and S/√(Nd/p) in a band at both widths (the law is
/// attained). <see cref="Plateaus"/> is claims B-RF and B-NTK-plateau: Q in the plateau band, and S(4k) within a band of
/// the infinite-width kernel interpolator's S on the same data (the finite model tends to its kernel). The 4k model
/// reuses the k model's data and its first k rows of W (row-by-row draws), so Q isolates the width. Each figure is the
/// median of <see cref="Claim.Repeats"/> independent repeats.
/// </remarks>
public static class SensitivityWidthCheck
{
    /// <summary>How much wider the second model is: 4, so that √(N/k) decay and a plateau sit a factor 2 apart.</summary>
    public const int Growth = 4;

    /// <summary>Claim B-NTK-even: S ≍ √(Nd/p), so Q near 1/2 and S/√(Nd/p) bounded above and below.</summary>
    public static ClaimVerdict Decays(Claim claim, Regime regime, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var bands = DecayBandsOf(claim, regime);
        var probes = Probes(claim, regime, control, la, kernel: false);
        var wide = Wide(regime);
        double q = Median.Of(probes.Select(p => p.Wide / p.Narrow));
        double bound = claim.BoundOf(control.Apply(regime)), boundWide = claim.BoundOf(control.Apply(wide));
        double ratio = Median.Of(probes.Select(p => p.Narrow / bound)), ratioWide = Median.Of(probes.Select(p => p.Wide / boundWide));
        var conditions = new List<Condition>
        {
            new(Part.Sanity, probes.All(p => !double.IsNaN(p.Narrow) && !double.IsNaN(p.Wide)), "well-posed at k and 4k"),
            new(Part.LowerBound, bands.Level.Contains(ratio), $"at k={regime.K}: median S/√(Nd/p) = {ratio:G4} in {bands.Level} ({bands.Level.Origin})"),
            new(Part.LowerBound, bands.Level.Contains(ratioWide), $"at 4k={wide.K}: median S/√(Nd/p) = {ratioWide:G4} in {bands.Level}"),
            new(Part.Tightness, bands.Quotient.Contains(q), $"attains √(Nd/p): Q = S(4k)/S(k) = {q:G4} in {bands.Quotient} ({bands.Quotient.Origin}); a plateau gives 1"),
        };
        conditions.AddRange(probes.Select((p, r) => Condition.Note($"repeat {r}: S(k) = {p.Narrow:G4}, S(4k) = {p.Wide:G4}")));
        return Verdict.From(claim, regime, control, Median.Of(probes.Select(p => p.Wide)), boundWide, bands.Level, conditions, null, null,
            ("Q", q), ("S/bound(k)", ratio), ("S/bound(4k)", ratioWide));
    }

    /// <summary>Claims B-RF and B-NTK-plateau: Q near 1 and S(4k) near the kernel interpolator's S.</summary>
    public static ClaimVerdict Plateaus(Claim claim, Regime regime, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var bands = PlateauBandsOf(claim, regime);
        var probes = Probes(claim, regime, control, la, kernel: true);
        var wide = Wide(regime);
        double q = Median.Of(probes.Select(p => p.Wide / p.Narrow));
        double toKernel = Median.Of(probes.Select(p => p.Wide / p.Kernel));
        var conditions = new List<Condition>
        {
            new(Part.Sanity, probes.All(p => !double.IsNaN(p.Narrow) && !double.IsNaN(p.Wide) && !double.IsNaN(p.Kernel)), "well-posed at k, 4k and infinite width"),
            new(Part.Tightness, bands.Quotient.Contains(q), $"does NOT attain √(Nd/p): Q = S(4k)/S(k) = {q:G4} in the plateau band {bands.Quotient} ({bands.Quotient.Origin}); √(N/k) decay gives 0.5"),
            new(Part.Tightness, bands.ToKernel.Contains(toKernel), $"tends to the kernel interpolator: S(4k)/S(∞) = {toKernel:G4} in {bands.ToKernel} ({bands.ToKernel.Origin})"),
        };
        conditions.AddRange(probes.Select((p, r) => Condition.Note($"repeat {r}: S(k) = {p.Narrow:G4}, S(4k) = {p.Wide:G4}, S(∞) = {p.Kernel:G4}")));
        bool plateau = conditions.All(c => c.Held);
        // The verdict's ratio is S/√(Nd/p), which a plateau does not band (Q and S(4k)/S(kernel) judge it): reported, not banded.
        var reported = new Band(0, double.PositiveInfinity, "S/√(Nd/p) reported, not banded: the plateau is judged by Q and S(4k)/S(kernel)");
        return Verdict.From(claim, regime, control, Median.Of(probes.Select(p => p.Wide)), claim.BoundOf(control.Apply(wide)), reported, conditions,
            plateau ? TightnessResult.NotAttained : TightnessResult.Unresolved, null,
            ("Q", q), ("S(4k)/S(kernel)", toKernel));
    }

    private sealed record Probe(double Narrow, double Wide, double Kernel);

    private static List<Probe> Probes(Claim claim, Regime regime, Control control, ILinearAlgebra? la, bool kernel) =>
        Enumerable.Range(0, claim.Repeats).Select(r =>
        {
            var at = ClaimRun.Repeat(regime, r);
            double narrow = ClaimRun.Observe(at, control, la, claim.Measures).Value, wide = ClaimRun.Observe(Wide(at), control, la, claim.Measures).Value;
            double limit = double.NaN;
            if (kernel)
            {
                var model = at.Model.InfiniteWidthLimit
                    ?? throw new ArgumentOutOfRangeException(nameof(regime), at.Model.Name, "the plateau check compares with the infinite-width limit; this model has none");
                limit = ClaimRun.Observe(at with { Model = model }, control, la, claim.Measures).Value;
            }
            return new Probe(narrow, wide, limit);
        }).ToList();

    /// <summary>The claim's row of <see cref="Claim.DecayBands"/> for the regime's model and activation; a claim without the table, or a subgroup without a row, is refused.</summary>
    public static (Band Level, Band Quotient) DecayBandsOf(Claim claim, Regime regime) =>
        (claim.DecayBands ?? throw NoTable(claim, nameof(Claim.DecayBands))).For(ModelActivation.Of(regime));

    /// <summary>The claim's row of <see cref="Claim.PlateauBands"/> for the regime's model and activation; refused as <see cref="DecayBandsOf"/>.</summary>
    public static (Band Quotient, Band ToKernel) PlateauBandsOf(Claim claim, Regime regime) =>
        (claim.PlateauBands ?? throw NoTable(claim, nameof(Claim.PlateauBands))).For(ModelActivation.Of(regime));

    private static ArgumentOutOfRangeException NoTable(Claim claim, string table) =>
        new(nameof(claim), claim.Id, $"claim {claim.Id} has no {table}");

    private static Regime Wide(Regime regime) => regime with { K = Growth * regime.K };
}

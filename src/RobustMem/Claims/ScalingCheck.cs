using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// S/bound inside a band that does not collapse as n grows, without fitting a slope (THEORY.md §2): the regime is
/// measured at n and 4n, both relative figures (S over the claim's prediction, <see cref="Claim.Scale"/>) must lie in
/// the band and their quotient near 1. The bound is the claim's (<see cref="Claim.Bound"/>).
/// </summary>
/// <remarks>
/// The 4n run reuses the n run's weights, target and first n points (the streams are sequential), so the quotient
/// isolates growth in n. Slope s gives a quotient of 4^{s − 1/2}: a bounded S gives 0.5, √n growth gives 1.
/// Claims with a calibrated (not derived) band average the relative values of <see cref="Claim.ScalingRepeats"/>
/// independent experiments at each size before the quotient: the mean is unchanged, the spread shrinks by √2.
/// </remarks>
public static class ScalingCheck
{
    /// <summary>How much larger the second size is (<see cref="TwoSizes.Growth"/>).</summary>
    public const int Growth = TwoSizes.Growth;

    public static ClaimVerdict Evaluate(Claim claim, Regime regime, Control? control = null, ILinearAlgebra? la = null) =>
        Evaluate(claim, regime, BandsOf(claim, regime), control, la);

    /// <summary>The claim's calibrated row for the regime's subgroup (<see cref="Claim.ScalingBands"/>); a claim without rows, or a subgroup without one, is refused.</summary>
    public static (Band AtN, Band At4N, Band Quotient) BandsOf(Claim claim, Regime regime) =>
        (claim.ScalingBands ?? throw new ArgumentOutOfRangeException(nameof(claim), claim.Id, $"claim {claim.Id} has no scaling bands: ScalingCheck checks claims with ScalingBands only"))
            .For(Subgroup.Of(regime));

    /// <summary>The check with bands the caller brings: a claim or model without <see cref="Claim.ScalingBands"/> (an extension's).</summary>
    public static ClaimVerdict Evaluate(Claim claim, Regime regime, (Band AtN, Band At4N, Band Quotient) bands, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var (bandN, band4N, quotientBand) = bands;
        var band = band4N;
        int repeats = claim.ScalingRepeats;
        var run = TwoSizes.Run(regime, repeats, r => Measure(claim, r, control, la));
        var (large, probes) = (run.Large, run.Probes);
        double rel1 = run.Rel1, rel4 = run.Rel4, quotient = run.Quotient, s4 = run.Value4;
        double bound1 = claim.BoundOf(regime), bound4 = claim.BoundOf(large), scale4 = run.Predicted4 / bound4;
        string mean = repeats > 1 ? $"mean over {repeats} repeats of " : "";
        var conditions = new List<Condition>
        {
            new(Part.Sanity, probes.All(p => !p.AtN.IllPosed && !p.At4N.IllPosed),
                $"well-posed at n and 4n (ranks {string.Join(", ", probes.Select(p => $"{p.AtN.Experiment.Report.Rank}/{p.At4N.Experiment.Report.Rank}"))})"),
            new(Part.LowerBound, rel1 >= bandN.Lower, $"at n={regime.N}: {mean}relative {rel1:G4} ≥ {bandN.Lower:G3}"),
            new(Part.LowerBound, rel4 >= band.Lower, $"at 4n={large.N}: {mean}relative {rel4:G4} ≥ {band.Lower:G3}"),
            new(Part.LowerBound, quotient >= quotientBand.Lower, $"does not shrink: quotient relative(4n)/relative(n) = {quotient:G4} ≥ {quotientBand.Lower:G3}"),
            new(Part.Tightness, rel1 <= bandN.Upper, $"at n={regime.N}: {mean}relative {rel1:G4} ≤ {bandN.Upper:G3}"),
            new(Part.Tightness, rel4 <= band.Upper, $"at 4n={large.N}: {mean}relative {rel4:G4} ≤ {band.Upper:G3}"),
            new(Part.Tightness, quotient <= quotientBand.Upper, $"bounded as n grows: quotient {quotient:G4} ≤ {quotientBand.Upper:G3} ({quotientBand.Origin})"),
            Condition.Note($"band origin: {band.Origin}, subgroup {Subgroup.Of(regime)}"),
        };
        conditions.AddRange(probes.SelectMany(p => p.Sanity));
        conditions.AddRange(probes.Select((p, r) => Condition.Note($"repeat {r} (seed {p.AtN.Fitted.Seed}): {p.Text}")));
        return Verdict.From(claim, regime, control, s4, bound4, band.Times(scale4, $"prediction/{claim.Bound} {scale4:G3}"), conditions, null, null,
            ("ratio(n)", probes.Average(p => p.AtN.Value) / bound1), ("ratio(4n)", s4 / bound4),
            ("relative(n)", rel1), ("relative(4n)", rel4), ("quotient", quotient),
            ("quotient(repeat 0)", run.QuotientOfFirst));
    }

    private sealed record Probe(Observation AtN, Observation At4N, double Rel1, double Rel4, double Predicted4, string Text, IReadOnlyList<Condition> Sanity)
        : TwoSizes.IProbe
    {
        public double Value4 => At4N.Value;
    }

    private static Probe Measure(Claim claim, Regime regime, Control control, ILinearAlgebra? la)
    {
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la, claim.Measures);
        double sigma1 = control.ScaleNoise(atN, regime), sigma4 = control.ScaleNoise(at4N, large);
        double predicted1 = claim.Predict(regime, sigma1, control.ScaleData(atN, regime)),
               predicted4 = claim.Predict(large, sigma4, control.ScaleData(at4N, large));
        double nominal = RealizedNoise.NominalNoise(regime);
        var sanity = new[]
        {
            RunSanity.NoiseInChiSquareBand(sigma4, large.N, nominal),
            RunSanity.Memorizes(atN, sigma1), RunSanity.Memorizes(at4N, sigma4),
            RunSanity.WeightsIndependentOfData(at4N),
        };
        double rel1 = atN.Value / predicted1, rel4 = at4N.Value / predicted4;
        string q = claim.Measures.Symbol;
        string text = $"at n {q} = {atN.Value:G4}, {claim.Bound} = {claim.BoundOf(regime):G4}, predicted {predicted1:G4}, relative {rel1:G4}{Error(atN)}; "
            + $"at 4n {q} = {at4N.Value:G4}, {claim.Bound} = {claim.BoundOf(large):G4}, predicted {predicted4:G4}, relative {rel4:G4}{Error(at4N)}; "
            + $"train error at 4n {at4N.TrainError:G3} (prediction: {claim.Scale})";
        return new Probe(atN, at4N, rel1, rel4, predicted4, text, sanity);
    }

    private static string Error(Observation o) => o.Exact ? " (exact C)" : $" (Monte Carlo ± {o.StandardError:G2})";
}

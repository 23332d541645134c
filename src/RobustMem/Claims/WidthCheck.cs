using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Claim III in the width: at fixed n, the regime at k and at 8k, with the bound √(n/k) in the ratio rather than divided
/// out. R(k) = S/√(n/k) ÷ (σ̂_eff·√(m/(m − n))), m the feature rank. The lower bound asks R ≥ a floor at both widths;
/// tightness asks that R stay bounded as k grows: Q = R(8k)/R(k) near 1, i.e. S ∝ k^γ with γ = −1/2.
/// </summary>
/// <remarks>
/// THEORY.md §5: the min-norm NTK interpolator attains √(n/k) only for even activations (Bombari, Kiyani &amp; Mondelli
/// 2023); for non-even ones S plateaus in k (γ ≈ 0, Q ≈ √8). The check knows which it expects from
/// <see cref="Activations.Activation.IsEven"/>: for even ones tightness is asserted; for the others the refutation is
/// asserted from positive evidence, Q inside the plateau band, and reported as a <see cref="Disagreement"/> with the
/// paper's abstract. The 8k run reuses the k run's data (the streams are per-quantity), so Q isolates the width.
/// </remarks>
public static class WidthCheck
{
    /// <summary>How much wider the second model is: the issue asks for k over at least a factor of 8.</summary>
    public const int Growth = 8;

    public static readonly Disagreement NonEvenPlateau = new(
        "the min-norm interpolator attains every lower bound, here S ≍ √(n/k) (Dohmatob 2021, abstract)",
        "",
        "Bombari, Kiyani & Mondelli 2023 (arXiv:2302.01629): NTK sensitivity plateaus in k for non-even activations; only even ones reach √(Nd/p) = √(N/k)");

    public static ClaimVerdict Evaluate(Regime regime, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var claim = Claim.FiniteNeuralTangent;
        var bands = Catalog.FiniteNeuralTangent.WidthBands.For(regime.Sigma);
        var probes = Enumerable.Range(0, Repeats).Select(r => Measure(ClaimRun.Repeat(regime, r), control, la)).ToList();
        var wide = regime with { K = Growth * regime.K };
        double narrowR = Median.Of(probes.Select(p => p.Narrow)), wideR = Median.Of(probes.Select(p => p.Wide)), q = wideR / narrowR;
        double gamma = Math.Log(q) / Math.Log(Growth) - 0.5;
        var perRepeat = probes.Select(p => Math.Log(p.Wide / p.Narrow) / Math.Log(Growth) - 0.5).ToList();
        string interval = $"γ = {gamma:F3}, per repeat [{perRepeat.Min():F3}, {perRepeat.Max():F3}]";
        string repeats = $"median over {Repeats} repeats";
        var conditions = new List<Condition>
        {
            new(Part.Sanity, probes.All(p => !p.Ill), "well-posed at k and 8k"),
            new(Part.LowerBound, bands.Floor.Contains(narrowR), $"at k={regime.K}: {repeats} of R = {claim.Measures.Symbol}/√(n/k)/scale = {narrowR:G4} in {bands.Floor} ({bands.Floor.Origin})"),
            new(Part.LowerBound, bands.Floor.Contains(wideR), $"at 8k={wide.K}: R = {wideR:G4} in {bands.Floor}"),
            new(Part.LowerBound, q >= bands.Quotient.Lower, $"S falls no faster than √(1/k): Q = R(8k)/R(k) = {q:G4} ≥ {bands.Quotient.Lower:G3}; {interval}"),
        };
        TightnessResult tightness;
        Disagreement? disagreement = null;
        if (regime.Sigma.IsEven)
        {
            conditions.Add(new(Part.Tightness, bands.Quotient.Contains(q), $"attains √(n/k): Q = {q:G4} in {bands.Quotient} ({bands.Quotient.Origin})"));
            tightness = bands.Quotient.Contains(q) ? TightnessResult.Attained : TightnessResult.NotAttained;
        }
        else
        {
            // The refutation is asserted, not inferred from a failed band: Q must sit where the plateau puts it.
            bool plateau = bands.Quotient.Contains(q);
            conditions.Add(new(Part.Tightness, plateau, $"does NOT attain √(n/k): Q = {q:G4} in the plateau band {bands.Quotient} ({bands.Quotient.Origin})"));
            tightness = plateau ? TightnessResult.NotAttained : TightnessResult.Unresolved;
            if (plateau) disagreement = NonEvenPlateau with { Measured = $"S ∝ k^γ over k = {regime.K}…{wide.K} at n = {regime.N}: {interval}" };
        }
        conditions.AddRange(probes.SelectMany(p => p.Sanity));
        conditions.AddRange(probes.Select((p, r) => Condition.Note($"repeat {r}: {p.Text}")));
        double s8 = probes.Average(p => p.Value8);
        return Verdict.From(claim, regime, control, s8, claim.BoundOf(wide), bands.Floor, conditions, tightness, disagreement,
            ("R(k)", narrowR), ("R(8k)", wideR), ("Q", q), ("gamma", gamma), ("Q(repeat 0)", probes[0].Wide / probes[0].Narrow));
    }

    /// <summary>
    /// Independent experiments per regime, and R is their median at each width: at k = 8 one quadratic draw in a few
    /// hundred puts R(k) far out (seed 670 of the out-of-sample run: 2.93 against 1.68 ± 0.09, the other repeat 1.60),
    /// and a mean of two carried it out of the Q band. The median of three ignores one such draw.
    /// </summary>
    public const int Repeats = 3;

    /// <summary>√(m/(m − n)), m the NTK feature rank (less than kd for quadratic, THEORY.md §1).</summary>
    public static double FiniteWidthFactor(Regime regime) =>
        ClaimScale.FiniteWidthFactor(InterpolationThresholds.NeuralTangentRank(regime.D, regime.K, regime.Sigma), regime.N);

    private sealed record Probe(double Narrow, double Wide, double Value8, bool Ill, string Text, IReadOnlyList<Condition> Sanity);

    private static Probe Measure(Regime regime, Control control, ILinearAlgebra? la)
    {
        var wide = regime with { K = Growth * regime.K };
        var claim = Claim.FiniteNeuralTangent;
        var atK = ClaimRun.Observe(regime, control, la, claim.Measures);
        var at8K = ClaimRun.Observe(wide, control, la, claim.Measures);
        double sigma = control.ScaleNoise(atK, regime), sigma8 = control.ScaleNoise(at8K, wide);
        double scale = RealizedNoise.Effective(sigma, regime) * FiniteWidthFactor(regime);
        double scale8 = RealizedNoise.Effective(sigma8, wide) * FiniteWidthFactor(wide);
        double bound = claim.BoundOf(regime), bound8 = claim.BoundOf(wide);
        double r = atK.Value / bound / scale, r8 = at8K.Value / bound8 / scale8;
        var sanity = new[]
        {
            RunSanity.NoiseInChiSquareBand(sigma, regime.N, RealizedNoise.NominalNoise(regime)),
            RunSanity.Memorizes(atK, sigma), RunSanity.Memorizes(at8K, sigma8),
            RunSanity.WeightsIndependentOfData(at8K),
        };
        string q = claim.Measures.Symbol;
        string text = $"{q}(k={regime.K}) = {atK.Value:G4} ± {atK.StandardError:G2}, {q}/√(n/k) = {atK.Value / bound:G4}, scale {scale:G4}, R = {r:G4}; "
            + $"{q}(8k={wide.K}) = {at8K.Value:G4} ± {at8K.StandardError:G2}, {q}/√(n/8k) = {at8K.Value / bound8:G4}, scale {scale8:G4}, R = {r8:G4}; Q = {r8 / r:G4}";
        return new Probe(r, r8, at8K.Value, atK.IllPosed || at8K.IllPosed, text, sanity);
    }
}

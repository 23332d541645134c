using System.Globalization;
using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Curves;

namespace RobustMem.Verdicts;

/// <summary>Verdicts on the bounds (claims I, II, III, G, T) from the fitted exponent of S/bound in n and in k.</summary>
/// <remarks>
/// The theorems are asymptotic, so the exponent of S/bound is fitted over the window away from every threshold, with an
/// interval from the seeds (<see cref="ExponentFit"/>), and judged against <see cref="ExponentBands"/>: the lower bound
/// and tightness are read separately, and an interval that cannot tell is reported as undetermined.
/// </remarks>
internal static class ExponentVerdicts
{
    /// <summary>S* ≤ S(min-norm) up to round-off: S*(0)² = yᵀ(ZC⁻¹Zᵀ)⁻¹y and vᵀCv are computed by different routes.</summary>
    public const double OrderingSlack = 1e-9;

    /// <summary>The rule of a bound's exponent, stated once in a summary however many rows it decides.</summary>
    public static string Rule { get; } =
        F($"exponent e of a ratio in n over the window (kernels n ≤ d; finite models n ≤ first threshold/2 and n ≤ 2d), or in k at equal n in every width's window, pooled over seeds, {ExponentFit.Confidence:P0} cluster-robust interval (seeds as clusters). ") +
        F($"Lower bound on S/bound: holds if the interval lies in {ExponentBands.LowerBound}, violated if wholly below. ") +
        F($"Tightness on S/(bound·√(m/(m−n))), m the first threshold (min-norm's inflation of the fitted noise, ClaimScale.FiniteWidthFactor; 1 for kernels): attained if the interval lies in {ExponentBands.Tight}, not attained if wholly outside. ") +
        F($"Otherwise undetermined. Tolerance {ExponentBands.Tolerance}: {ExponentBands.ToleranceOrigin}");

    /// <summary>min-norm's inflation √(m/(m − n)) of the fitted noise on the m directions below its first threshold; 1 for a kernel.</summary>
    /// <remarks>
    /// Along a curve at fixed width, n/m grows with n and S/bound with it (S/√n ∝ n^+0.12 on RF relu k = 200, n ≤ k/2),
    /// while the paper's tightness holds n/m fixed. The factor is <see cref="ClaimScale.FiniteWidthFactor(double, int)"/>,
    /// the one the claim II and III property checks divide by; it is at most √2 inside the window, and the lower bound is
    /// read on S/bound itself.
    /// </remarks>
    public static double Inflation(Regime regime, int n) =>
        regime.Model.IsKernel ? 1 : ClaimScale.FiniteWidthFactor(CurveVerdicts.FirstThreshold(regime), n);

    /// <summary>One curve: the exponent of S/bound in n over the window (n ≤ threshold/2 and n ≤ 2d; kernels n ≤ d).</summary>
    public static CurveVerdict InN(Claim claim, string figure, Curve curve)
    {
        var regime = curve.Spec.Base;
        string bound = BoundLaw.Text(regime.Model);
        var window = curve.Points.Where(p => !p.IllPosed && CurveVerdicts.InWindow(regime, p.N)).ToArray();
        var e = ExponentFit.Of(window.Select(p => new ExponentSample(p.Seed, 0, Math.Log(p.N), Math.Log(p.Ratio))).ToArray());
        var t = ExponentFit.Of(window.Select(p => new ExponentSample(p.Seed, 0, Math.Log(p.N), Math.Log(p.Ratio / Inflation(regime, p.N)))).ToArray());
        var summary = curve.Summary().Where(p => !p.IllPosed && CurveVerdicts.InWindow(regime, p.N)).ToArray();
        string levels = summary.Length == 0 ? "no window points" : F($"S/{bound} {summary[0].Ratio:G3} (n={summary[0].N}) → {summary[^1].Ratio:G3} (n={summary[^1].N})");
        string evidence = F($"{curve.Name}: S/{bound} ∝ n^e, e = {e}, so S ∝ n^{e.Plus(0.5)}; deflated by √(m/(m−n)), e = {t} ({e.Points} points, {e.Spread}); {levels}");
        var lower = ExponentJudge.LowerBound(e);
        var tight = ExponentJudge.Tightness(t);
        return CurveVerdict.OfBound(claim, figure, evidence, Rule, lower, tight,
            Disagree(bound, lower.Result, tight.Result, F($"S ∝ n^a, a = {e.Plus(0.5)}"), LaterResults.Unexplained))
            with { Subject = curve.Name, Headline = Headline(lower.Result, tight.Result, e, t, "n") };
    }

    /// <summary>A family of widths: the exponent of S/bound in k at equal n, every n in every width's window.</summary>
    /// <remarks>
    /// NTK (claim III): tight means S ∝ k^γ with γ = −1/2, and a γ below that breaks the bound. For non-even activations
    /// Bombari et al. 2023 predict a plateau, γ = 0, so a γ whose interval meets <see cref="ExponentBands.Plateau"/> while
    /// missing the tight band is that result. Random features: the bound √n does not depend on k, and S/√n falls with k
    /// towards the RF kernel's level (claim I-RF, checked in the kernels figure), so a fall is no refutation: only
    /// boundedness (no rise) is judged, and the lower bound is not checked in k.
    /// </remarks>
    public static CurveVerdict InK(Claim claim, string figure, IReadOnlyList<Curve> curves)
    {
        var regime = curves[0].Spec.Base;
        string bound = BoundLaw.Text(regime.Model);
        double beta = BoundLaw.ExponentInK(regime.Model);
        var common = curves.Select(c => c.Ns.Where(n => CurveVerdicts.InWindow(c.Spec.Base, n)).ToHashSet())
            .Aggregate((a, b) => { a.IntersectWith(b); return a; }).Order().ToArray();
        FittedExponent Fit(Func<Curve, CurvePoint, double> ratio) => ExponentFit.Of(curves.SelectMany(c => c.Points.Where(p => !p.IllPosed && common.Contains(p.N))
            .Select(p => new ExponentSample(p.Seed, p.N, Math.Log(c.Spec.Base.K), Math.Log(ratio(c, p))))).ToArray());
        var e = Fit((_, p) => p.Ratio);
        var t = Fit((c, p) => p.Ratio / Inflation(c.Spec.Base, p.N));
        var gamma = t.Plus(beta);
        string widths = string.Join(", ", curves.Select(c => c.Spec.Base.K));
        string levels = common.Length == 0 ? "no n lies in every width's window" : F($"S/{bound} at n={common[0]}: ") +
            string.Join(", ", curves.Select(c => F($"k={c.Spec.Base.K}: {c.Summary().First(p => p.N == common[0]).Ratio:G3}")));
        string evidence = F($"widths k = {widths} at equal n = {string.Join(", ", common)}: S ∝ k^γ, γ = {gamma} (tight: γ = {beta:+0.0;−0.0;0}), deflated; S/{bound} ∝ k^e, e = {e} ({e.Spread}); {levels}");
        string measured = F($"S ∝ k^γ, γ = {gamma} at equal n");
        // The claim the model belongs to decides what a width family can show; its judge is in CurveJudges, the registry.
        var judge = CurveJudges.Of(regime.Model.Claim.Id).Widths
            ?? throw new ArgumentOutOfRangeException(nameof(curves), regime.Model.Name, $"only the models of claims {CurveJudges.WithWidths} have widths to compare");
        return judge(new WidthFamily(claim, figure, regime, bound, e, t, gamma, evidence, measured)) with { Subject = F($"k = {widths}") };
    }

    /// <summary>
    /// A width family of a bound that depends on k (claim III, √(n/k)): lower bound and tightness of the exponent in k,
    /// a plateau γ = 0 of a non-even activation being the result of Bombari et al. 2023.
    /// </summary>
    public static CurveVerdict BoundInK(WidthFamily w)
    {
        var lower = ExponentJudge.LowerBound(w.Exponent);
        var tight = ExponentJudge.Tightness(w.Deflated);
        var sigma = w.Regime.Sigma;
        bool plateau = !sigma.IsEven && ExponentJudge.Meets(w.Gamma, ExponentBands.Plateau);
        string rule = F($"the exponent rule in k; a non-even activation's γ (S ∝ k^γ) meeting the plateau {ExponentBands.Plateau} while not attained is the result of {LaterResults.NeuralTangentNonEven}");
        return CurveVerdict.OfBound(w.Claim, w.Figure, w.Evidence, rule, lower, tight,
            Disagree(w.Bound, lower.Result, tight.Result, w.Measured, plateau ? LaterResults.NeuralTangentNonEven : LaterResults.Unexplained))
            with { Headline = F($"γ = {w.Gamma} (S ∝ k^γ; tight: γ = −0.5)") };
    }

    /// <summary>
    /// A width family of a bound that does not depend on k (claim II, √n): S/√n falls with k towards the kernel's level,
    /// so only boundedness is judged and the lower bound is not checked in k.
    /// </summary>
    public static CurveVerdict BoundedInK(WidthFamily w)
    {
        var tight = ExponentJudge.BoundedAbove(w.Deflated);
        string rule = F($"the exponent rule in k, tightness one-sided: bounded in k (attained) if the interval lies below {ExponentBands.Tight.Upper}, not attained if wholly above; ") +
            "the lower bound is not checked in k: S/√n falls towards the RF kernel's level, claim I-RF";
        return CurveVerdict.OfBound(w.Claim, w.Figure, w.Evidence, rule, (BoundResult.NotChecked, "not checked in k: S/√n falls towards the RF kernel's level (claim I-RF)"), tight,
            Disagree(w.Bound, BoundResult.NotChecked, tight.Result, w.Measured, LaterResults.Unexplained))
            with { Headline = F($"e = {w.Deflated} in k (bounded if < {ExponentBands.Tight.Upper})") };
    }

    /// <summary>Claim T on one curve: the bound on the frontier S*(0), min-norm's S/√n bounded in n, and S* ≤ S everywhere.</summary>
    /// <remarks>
    /// S*(0) is the smallest seminorm of any interpolator (THEORY.md §4), so the lower bound is checked on it: if it holds
    /// there it holds for every interpolator. Tightness is the paper's statement that S(min-norm)/bound stays bounded.
    /// </remarks>
    public static CurveVerdict Frontier(string figure, Curve curve)
    {
        var rows = curve.Points.Where(p => p.FrontierAtZero is double f && double.IsFinite(f) && p.SobolevExact is not null
            && CurveVerdicts.InWindow(curve.Spec.Base, p.N)).ToArray();
        string bound = BoundLaw.Text(curve.Spec.Base.Model);
        bool ordered = rows.All(p => p.FrontierAtZero <= p.SobolevExact * (1 + OrderingSlack));
        var star = ExponentFit.Of(rows.Select(p => new ExponentSample(p.Seed, 0, Math.Log(p.N), Math.Log(p.FrontierAtZero!.Value / p.Bound))).ToArray());
        var regime = curve.Spec.Base;
        var minNorm = ExponentFit.Of(rows.Select(p => new ExponentSample(p.Seed, 0, Math.Log(p.N), Math.Log(p.SobolevExact!.Value / p.Bound / Inflation(regime, p.N)))).ToArray());
        var quotient = rows.Select(p => p.SobolevExact!.Value / p.FrontierAtZero!.Value).DefaultIfEmpty(double.NaN).ToArray();
        string evidence = F($"{curve.Name}: S*(0)/{bound} ∝ n^e, e = {star}; S(min-norm)/{bound} deflated by √(m/(m−n)) ∝ n^e, e = {minNorm} ({minNorm.Points} points, {minNorm.Spread}); ") +
            F($"S/S*(0) in [{quotient.Min():G3}, {quotient.Max():G3}]; S* ≤ S at every point: {ordered}");
        string rule = F($"the exponent rule in n, the lower bound read on S*(0) (every interpolator), tightness on S(min-norm); S* ≤ S(1 + {OrderingSlack}) at every point, else the run is wrong");
        if (!ordered) return new(Claim.Tightness, figure, false, evidence, rule);
        var lower = ExponentJudge.LowerBound(star);
        var tight = ExponentJudge.Tightness(minNorm);
        return CurveVerdict.OfBound(Claim.Tightness, figure, evidence, rule, lower, tight,
            Disagree(bound, lower.Result, tight.Result, F($"S*(0) ∝ n^a, a = {star.Plus(0.5)}; S(min-norm) ∝ n^a, a = {minNorm.Plus(0.5)}"), LaterResults.Unexplained))
            with { Subject = curve.Name, Headline = Headline(lower.Result, tight.Result, star, minNorm, "n") };
    }

    // The one number a row rests on: the exponent whose interval came closest to deciding otherwise.
    private static string Headline(BoundResult lower, TightnessResult tight, FittedExponent e, FittedExponent t, string variable) =>
        lower == BoundResult.Violated || lower == BoundResult.Undetermined || Margin(e, ExponentBands.LowerBound.Lower) < Margin(t, ExponentBands.Tight.Lower, ExponentBands.Tight.Upper)
            ? F($"e = {e} in {variable} (lower bound)")
            : F($"e = {t} in {variable} (tightness)");

    private static double Margin(FittedExponent e, double lower, double upper = double.PositiveInfinity) =>
        Math.Min(Math.Abs(e.Lower - lower), Math.Abs(upper - e.Upper));

    private static Disagreement? Disagree(string bound, BoundResult lower, TightnessResult tight, string measured, string source) =>
        lower == BoundResult.Violated ? LaterResults.LowerBound(bound, measured)
        : tight == TightnessResult.NotAttained ? LaterResults.Tightness(bound, measured, source)
        : null;

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Tightness (claim T): min-norm's S over the paper's bound, S/√n (RF) or S/√(n/k) (NTK), stays bounded as n grows
/// (4n against n) and as the width grows (2k against k at the same n), as the paper states it; and t = S(min-norm)/S*(0),
/// min-norm over the smallest seminorm of any interpolator, stays bounded above and as n grows.
/// </summary>
/// <remarks>
/// t ≥ 1 is no evidence of tightness. With exact C (RF relu/abs) it holds by construction: S(min-norm)² = v̂ᵀCv̂ and
/// S*(0)² = min vᵀCv over the interpolators, with the same C and no slack, so t &lt; 1 could only mean a broken solver.
/// With Monte Carlo C (NTK) it compares two estimates of one quantity. It stays as a sanity condition: the σ″-less
/// gradient of the control is caught there.
/// </remarks>
public static class TightnessCheck
{
    /// <summary>Standard errors of slack below t = 1.</summary>
    public const double ErrorMultiplier = 4;

    /// <summary>How much wider the second model is, at the same n: k → 2k (d fixed, so kd doubles for NTK).</summary>
    public const int WidthGrowth = 2;

    public static ClaimVerdict Evaluate(Regime regime, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var claim = Claim.Tightness;
        var (_, quotientBand, boundQuotient, widthQuotient) = Catalog.Tightness.Bands;
        var (bandN, band4N) = Catalog.Tightness.RatioBands.For(ModelActivation.Of(regime));
        var band = band4N;
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la);
        var c = FrontierProbe.Matrix(at4N.Experiment, la);
        var f1 = FrontierProbe.Frontier(atN.Experiment, c, f => f.AtZero, la);
        var f4 = FrontierProbe.Frontier(at4N.Experiment, c, f => f.AtZero, la);
        double star1 = f1.Value(f1.Frontier), star4 = f4.Value(f4.Frontier);
        double t1 = atN.Value / star1, t4 = at4N.Value / star4;
        // Below 1 only by estimation error: S* from Monte Carlo C and S from Monte Carlo gradients.
        double slack1 = ErrorMultiplier * Hypot(f1.RelativeError, atN.StandardError / atN.Value);
        double slack4 = ErrorMultiplier * Hypot(f4.RelativeError, at4N.StandardError / at4N.Value);
        // The paper's tightness: S/bound bounded in n and in the width. The wider model is fitted under the same control, on
        // the same data (same seed and n). Each ratio is divided by its claim's scale (II or III) at its own size: σ̂_eff
        // (‖ξ‖²/n moves ±30% at n = 24) and the finite-width factor √(m/(m − n)), bounded by √(1/0.4) here but lifting the
        // raw 4n/n quotient to 1.3–1.4 (calibration); without them the band would have to reach 2, the value S ∝ n gives.
        // Claim T's bound and scale are those of the theorem that covers the model (ClaimBound.OfTheModel).
        var wideRegime = regime with { K = WidthGrowth * regime.K };
        var wide = ClaimRun.Observe(wideRegime, control, la);
        double rho1 = atN.Value / claim.Predict(regime), rho4 = at4N.Value / claim.Predict(large), rhoWide = wide.Value / claim.Predict(wideRegime);
        double inN = rho4 / rho1, inK = rhoWide / rho1, quotient = t4 / t1;
        var conditions = new List<Condition>
        {
            new(Part.Sanity, t1 >= bandN.Lower - slack1, $"t ≥ 1 at n={regime.N} (by construction with exact C, not evidence): S {atN.Value:G4} / S*(0) {star1:G4} = {t1:G4} ≥ {bandN.Lower:G3} − {slack1:G2} (4 standard errors)"),
            new(Part.Sanity, t4 >= band.Lower - slack4, $"t ≥ 1 at 4n={large.N}: S {at4N.Value:G4} / S*(0) {star4:G4} = {t4:G4} ≥ {band.Lower:G3} − {slack4:G2}"),
            new(Part.Tightness, t1 <= bandN.Upper && t4 <= band4N.Upper, $"min-norm within a bounded factor of the best interpolator: t = {t1:G4} (n) ≤ {bandN.Upper:G4}, {t4:G4} (4n) ≤ {band4N.Upper:G4} ({band4N.Origin})"),
            new(Part.Tightness, boundQuotient.Contains(inN), $"(S/bound)/scale bounded in n: {rho4:G4} (4n) / {rho1:G4} (n) = {inN:G4} in {boundQuotient} ({boundQuotient.Origin})"),
            new(Part.Tightness, widthQuotient.Contains(inK), $"(S/bound)/scale bounded in k: {rhoWide:G4} (k={wide.Fitted.K}) / {rho1:G4} (k={regime.K}) at n={regime.N} = {inK:G4} in {widthQuotient} ({widthQuotient.Origin})"),
            new(Part.Tightness, quotientBand.Contains(quotient), $"bounded as n grows: t(4n)/t(n) = {quotient:G4} in {quotientBand} ({quotientBand.Origin})"),
            Condition.Note(c.Exact ? "C exact" : $"C Monte Carlo, M = {c.Points} points, M·d/m = {(double)c.Points * regime.D / c.C.RowCount:G3}"),
        };
        conditions.Add(RunSanity.WeightsIndependentOfData(at4N));
        return Verdict.From(claim, regime, control, at4N.Value, star4, band, conditions, null, null,
            ("t(n)", t1), ("t(4n)", t4), ("quotient", quotient), ("slack(4n)", slack4),
            ("relative(n)", rho1), ("S/bound quotient in n", inN), ("S/bound quotient in k", inK));
    }

    private static double Hypot(double a, double b) => Math.Sqrt(a * a + b * b);
}

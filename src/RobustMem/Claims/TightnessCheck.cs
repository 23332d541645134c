using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Tightness (claim T): t = S(min-norm)/S*(0), the min-norm interpolator's seminorm over the smallest seminorm of any
/// interpolator. t ≥ 1 is a theorem (S* is a minimum), up to the estimation error; t must stay bounded as n grows.
/// </summary>
public static class TightnessCheck
{
    /// <summary>Standard errors of slack below t = 1.</summary>
    public const double ErrorMultiplier = 4;

    public static ClaimVerdict Evaluate(Regime regime, Control control = Control.None, ILinearAlgebra? la = null)
    {
        var claim = Claim.Tightness;
        var (band, quotientBand) = ClaimBands.Tightness();
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la);
        var c = FrontierProbe.Matrix(at4N.Experiment, la);
        var f1 = FrontierProbe.Frontier(atN.Experiment, c, f => f.AtZero, la);
        var f4 = FrontierProbe.Frontier(at4N.Experiment, c, f => f.AtZero, la);
        double star1 = f1.Value(f1.Frontier), star4 = f4.Value(f4.Frontier);
        double t1 = atN.S / star1, t4 = at4N.S / star4;
        // Below 1 only by estimation error: S* from Monte Carlo C and S from Monte Carlo gradients.
        double slack1 = ErrorMultiplier * Hypot(f1.RelativeError, atN.StandardError / atN.S);
        double slack4 = ErrorMultiplier * Hypot(f4.RelativeError, at4N.StandardError / at4N.S);
        var conditions = new List<Condition>
        {
            new(Part.Tightness, t1 >= band.Lower - slack1 && t1 <= band.Upper, $"t at n={regime.N}: S {atN.S:G4} / S*(0) {star1:G4} = {t1:G4} in {band} − {slack1:G2} (4 standard errors)"),
            new(Part.Tightness, t4 >= band.Lower - slack4 && t4 <= band.Upper, $"t at 4n={large.N}: S {at4N.S:G4} / S*(0) {star4:G4} = {t4:G4} in {band} − {slack4:G2}"),
            new(Part.Tightness, quotientBand.Contains(t4 / t1), $"bounded as n grows: t(4n)/t(n) = {t4 / t1:G4} in {quotientBand} ({quotientBand.Origin})"),
            Condition.Note(c.Exact ? "C exact" : $"C Monte Carlo, M = {c.Points} points, M·d/m = {(double)c.Points * regime.D / c.C.RowCount:G3}"),
        };
        return Verdict.From(claim, regime, control, at4N.S, star4, band, conditions, null, null,
            ("t(n)", t1), ("t(4n)", t4), ("quotient", t4 / t1), ("slack(4n)", slack4));
    }

    private static double Hypot(double a, double b) => Math.Sqrt(a * a + b * b);
}

using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// S/bound inside a band that does not collapse as n grows, without fitting a slope (THEORY.md §2): the regime is
/// measured at n and 4n, both ratios (relative to <see cref="ClaimBands.Scale"/>) must lie in the band and their
/// quotient near 1.
/// </summary>
/// <remarks>
/// The 4n run reuses the n run's weights, target and first n points (the streams are sequential), so the quotient
/// isolates growth in n. Slope s gives a quotient of 4^{s − 1/2}: a bounded S gives 0.5, √n growth gives 1.
/// </remarks>
public static class ScalingCheck
{
    /// <summary>How much larger the second size is.</summary>
    public const int Growth = 4;

    public static ClaimVerdict Evaluate(Claim claim, Regime regime, Control control = Control.None, ILinearAlgebra? la = null)
    {
        var (band, quotientBand) = ClaimBands.Scaling(claim);
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la);
        double scale1 = ClaimBands.Scale(claim, regime), scale4 = ClaimBands.Scale(claim, large);
        double r1 = atN.S / regime.Bound, r4 = at4N.S / large.Bound;
        double rel1 = r1 / scale1, rel4 = r4 / scale4, quotient = rel4 / rel1;
        var conditions = new List<(bool Held, string Text)>
        {
            (!atN.IllPosed && !at4N.IllPosed, $"well-posed at n and 4n (ranks {atN.Experiment.Report.Rank}, {at4N.Experiment.Report.Rank})"),
            (band.Contains(rel1), $"at n={regime.N}: S/bound = {atN.S:G4}/{regime.Bound:G4} = {r1:G4}, scale {scale1:G4}, relative {rel1:G4} in {band}" + Error(atN)),
            (band.Contains(rel4), $"at 4n={large.N}: S/bound = {at4N.S:G4}/{large.Bound:G4} = {r4:G4}, scale {scale4:G4}, relative {rel4:G4} in {band}" + Error(at4N)),
            (quotientBand.Contains(quotient), $"quotient relative(4n)/relative(n) = {quotient:G4} in {quotientBand} ({quotientBand.Origin})"),
            (true, $"band origin: {band.Origin}; train error at 4n {at4N.TrainError:G3}"),
        };
        return Verdict.From(claim, regime, control, at4N.S, large.Bound, band.Times(scale4, $"scale {scale4:G3}"), conditions,
            ("ratio(n)", r1), ("ratio(4n)", r4), ("relative(n)", rel1), ("relative(4n)", rel4), ("quotient", quotient));
    }

    private static string Error(Observation o) => o.Exact ? " (exact C)" : $" (Monte Carlo ± {o.StandardError:G2})";
}

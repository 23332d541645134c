using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Claim R: with a ridge λ > 0 the model no longer memorizes (training error above σ²/2) and S stays below a small
/// level at n and 4n; and the ridge path at λ → 0 gives back the min-norm S.
/// </summary>
public static class RidgeCheck
{
    /// <summary>λ of the path's end point, in units of κ(1): far below every kept singular value squared over n.</summary>
    public const double VanishingRidgeInDiagonalUnits = 1e-9;

    public static ClaimVerdict Evaluate(Regime regime, Control control = Control.None, ILinearAlgebra? la = null)
    {
        var claim = Claim.Ridge;
        var (level, pathTolerance) = ClaimBands.Ridge();
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la);
        double tiny = VanishingRidgeInDiagonalUnits * LeadingOrder.DiagonalScale(regime.Model, regime.Sigma, regime.D);
        var vanishing = ClaimRun.Observe(regime with { Ridge = tiny }, Control.None, la);
        var minNorm = ClaimRun.Observe(regime with { Ridge = 0 }, Control.None, la);
        double sigma2 = Math.Pow(RealizedNoise.Of(regime, regime.Noise), 2), sigma2Large = Math.Pow(RealizedNoise.Of(large, regime.Noise), 2), drift = Math.Abs(vanishing.S / minNorm.S - 1);
        var conditions = new List<Condition>
        {
            new(Part.Sanity, atN.TrainError > sigma2 / 2, $"memorization lost at n={regime.N}: train error {atN.TrainError:G3} > σ̂²/2 = {sigma2 / 2:G3} (λ = {atN.Fitted.Ridge:G3})"),
            new(Part.Sanity, at4N.TrainError > sigma2Large / 2, $"memorization lost at 4n={large.N}: train error {at4N.TrainError:G3} > σ̂²/2 = {sigma2Large / 2:G3}"),
            new(Part.Sanity, level.Contains(atN.S) && level.Contains(at4N.S), $"S stays small: {atN.S:G4} (n), {at4N.S:G4} (4n) in {level} ({level.Origin}); min-norm S at n {minNorm.S:G4}"),
            new(Part.Sanity, pathTolerance.Contains(drift), $"ridge path → min-norm: |S(λ={tiny:G2})/S(0) − 1| = {drift:G3} in {pathTolerance} ({pathTolerance.Origin})"),
        };
        return Verdict.From(claim, regime, control, at4N.S, 1, level, conditions, null, null,
            ("train/σ²(n)", atN.TrainError / sigma2), ("train/σ²(4n)", at4N.TrainError / sigma2Large), ("S(n)", atN.S), ("S(4n)", at4N.S), ("path drift", drift));
    }
}

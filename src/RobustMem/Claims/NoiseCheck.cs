using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Claim N, tested by level rather than slope (THEORY.md §2): at σ = 0 with a representable target, S stays below a small
/// constant at n and 4n and has levelled off, S(4n)/S(n) near 1; the same regime at σ = 1 has S many times that level at 4n.
/// </summary>
/// <remarks>
/// The level alone did not show the levelling: with n ≤ d/4 the noiseless S was still rising towards ‖w*‖ = 1 and grew
/// ×1.9 from n to 4n, as √n growth would. The regimes now start past d (the target is learned once n exceeds d), where
/// S(4n)/S(n) is close to 1 while √n growth gives 2.
/// </remarks>
public static class NoiseCheck
{
    public static ClaimVerdict Evaluate(Regime regime, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var claim = Claim.NoiseNecessary;
        var (level, levelling, separation) = ClaimBands.NoiseLevel();
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la);
        var noisy = ClaimRun.Observe(large with { Noise = 1 }, Control.None, la);
        double factor = noisy.S / at4N.S, growth = at4N.S / atN.S;
        var conditions = new List<Condition>
        {
            new(Part.Sanity, level.Contains(atN.S), $"level at n={regime.N}, σ={atN.Fitted.Noise:G3}: S = {atN.S:G4} in {level} ({level.Origin})"),
            new(Part.Sanity, level.Contains(at4N.S), $"level at 4n={large.N}, σ={at4N.Fitted.Noise:G3}: S = {at4N.S:G4} in {level}"),
            new(Part.Sanity, levelling.Contains(growth), $"levelled off: S(4n)/S(n) = {growth:G4} in {levelling} ({levelling.Origin}); √n growth gives 2"),
            new(Part.Sanity, separation.Contains(factor), $"noise forces S: at 4n, σ = 1, S = {noisy.S:G4} = {factor:G3} × the σ = {at4N.Fitted.Noise:G3} value, in {separation} ({separation.Origin}); S/√n = {noisy.S / claim.BoundOf(large):G3}"),
        };
        conditions.Add(RunSanity.WeightsIndependentOfData(at4N));
        return Verdict.From(claim, regime, control, at4N.S, 1, level, conditions, null, null,
            ("S(n)", atN.S), ("S(4n)", at4N.S), ("growth", growth), ("separation", factor));
    }
}

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
        var (level, levelling, separation) = Catalog.NoiseNecessary.Bands;
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la, claim.Measures);
        var noisy = ClaimRun.Observe(large with { Noise = 1 }, Control.None, la, claim.Measures);
        string q = claim.Measures.Symbol;
        double factor = noisy.Value / at4N.Value, growth = at4N.Value / atN.Value;
        var conditions = new List<Condition>
        {
            new(Part.Sanity, level.Contains(atN.Value), $"level at n={regime.N}, σ={atN.Fitted.Noise:G3}: {q} = {atN.Value:G4} in {level} ({level.Origin})"),
            new(Part.Sanity, level.Contains(at4N.Value), $"level at 4n={large.N}, σ={at4N.Fitted.Noise:G3}: {q} = {at4N.Value:G4} in {level}"),
            new(Part.Sanity, levelling.Contains(growth), $"levelled off: {q}(4n)/{q}(n) = {growth:G4} in {levelling} ({levelling.Origin}); √n growth gives 2"),
            new(Part.Sanity, separation.Contains(factor), $"noise forces {q}: at 4n, σ = 1, {q} = {noisy.Value:G4} = {factor:G3} × the σ = {at4N.Fitted.Noise:G3} value, in {separation} ({separation.Origin}); {q}/√n = {noisy.Value / claim.BoundOf(large):G3}"),
        };
        conditions.Add(RunSanity.WeightsIndependentOfData(at4N));
        return Verdict.From(claim, regime, control, at4N.Value, 1, level, conditions, null, null,
            ("S(n)", atN.Value), ("S(4n)", at4N.Value), ("growth", growth), ("separation", factor));
    }
}

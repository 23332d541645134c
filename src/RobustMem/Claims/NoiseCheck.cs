using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Claim N, tested by level rather than slope (THEORY.md §2): at σ = 0 with a representable target, S stays below a small
/// constant at n and 4n; the same regime at σ = 1 has S many times that level at 4n.
/// </summary>
public static class NoiseCheck
{
    public static ClaimVerdict Evaluate(Regime regime, Control control = Control.None, ILinearAlgebra? la = null)
    {
        var claim = Claim.NoiseNecessary;
        var (level, separation) = ClaimBands.NoiseLevel();
        var (large, atN, at4N) = ClaimRun.ObserveTwoSizes(regime, control, la);
        var noisy = ClaimRun.Observe(large with { Noise = 1 }, Control.None, la);
        double factor = noisy.S / at4N.S;
        var conditions = new List<Condition>
        {
            new(Part.Sanity, level.Contains(atN.S), $"level at n={regime.N}, σ={atN.Fitted.Noise:G3}: S = {atN.S:G4} in {level} ({level.Origin})"),
            new(Part.Sanity, level.Contains(at4N.S), $"level at 4n={large.N}, σ={at4N.Fitted.Noise:G3}: S = {at4N.S:G4} in {level}"),
            new(Part.Sanity, separation.Contains(factor), $"noise forces S: at 4n, σ = 1, S = {noisy.S:G4} = {factor:G3} × the σ = {at4N.Fitted.Noise:G3} value, in {separation} ({separation.Origin}); S/√n = {noisy.S / large.Bound:G3}"),
        };
        return Verdict.From(claim, regime, control, at4N.S, 1, level, conditions, null, null,
            ("S(n)", atN.S), ("S(4n)", at4N.S), ("separation", factor));
    }
}

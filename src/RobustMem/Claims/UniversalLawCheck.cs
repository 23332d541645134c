using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Claim U, the universal law of robustness (Bubeck &amp; Sellke 2021, Theorem 3; THEORY.md §5.2): a model with p
/// parameters that fits noisy labels below the noise level has Lip(f) ≳ √(nd/p). The check asks it of S (the root mean
/// square of ‖∇f‖, a lower bound on Lip(f)) and of <c>lipschitz_lower</c> (the largest ‖∇f‖ over the Monte Carlo points,
/// raised by ascent on the sphere ‖x‖ = ‖x₀‖), each over √(nd/p) above a calibrated floor.
/// </summary>
/// <remarks>
/// The law's constant and logarithmic factors are not the theorem's to give here: the floor is calibrated per model
/// class and is the check's measured constant c. Fitting below the noise level is asked at the claim's nominal σ, so
/// the noiseless control (<see cref="Control.NoiselessLinearTarget"/>) still interpolates and meets the bound's
/// condition, not the sanity's.
/// </remarks>
public static class UniversalLawCheck
{
    public static ClaimVerdict Evaluate(Regime regime, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var claim = Claim.UniversalLaw;
        var floor = Catalog.UniversalLaw.Floors.For(ModelActivation.Of(regime));
        var observed = ClaimRun.Observe(regime, control, la, claim.Measures);
        string q = claim.Measures.Symbol;
        double lipschitz = Experiment.SensitivityAndLipschitz(observed.Experiment).LipschitzLower;
        double bound = claim.BoundOf(regime), s = observed.Value;
        double sigma2 = regime.Noise * regime.Noise;
        var conditions = new List<Condition>
        {
            new(Part.Sanity, !observed.IllPosed, "well-posed"),
            new(Part.Sanity, observed.TrainError <= sigma2 / 2, $"fits below the noise level: train error {observed.TrainError:G3} ≤ σ²/2 = {sigma2 / 2:G3} (σ the claim's nominal noise)"),
            new(Part.Sanity, lipschitz >= s - 4 * observed.StandardError, $"the Lipschitz estimate {lipschitz:G4} is at least {q} = {s:G4} − 4 standard errors (max ≥ root mean square)"),
            new(Part.LowerBound, floor.Contains(s / bound), $"{q}/√(nd/p) = {s:G4}/{bound:G4} = {s / bound:G4} in {floor} ({floor.Origin})"),
            new(Part.LowerBound, floor.Contains(lipschitz / bound), $"lipschitz_lower/√(nd/p) = {lipschitz:G4}/{bound:G4} = {lipschitz / bound:G4} in {floor}"),
        };
        return Verdict.From(claim, regime, control, s, bound, floor, conditions, null, null,
            ("S/bound", s / bound), ("Lip/bound", lipschitz / bound), ("p", regime.Model.ParameterCount(regime)));
    }
}

using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// Claim R along the ridge path: λ is placed across the spectrum of the Gram matrix (<see cref="GramSpectrum"/>), at its
/// 10%, 50% and 90% quantiles and past its top. While the ridge model still memorizes (training error ≤ σ̂² − δ with
/// δ = σ̂²/2) the lower bound applies to it like to every memorizing model; once it no longer does, the bound falls away
/// and S stays below the min-norm S. As λ → 0 the path gives back min-norm.
/// </summary>
/// <remarks>
/// The old check drew λ ∈ {1, 10, 100}·κ(1): nλ exceeded every eigenvalue, the fit was ≈ 0, and f ≡ 0 passed it. Here the
/// path must start inside the memorizing regime (at the 10% quantile) and leave it past the spectrum, its training error
/// must rise and its S fall with λ, and its λ → 0 end must be min-norm: f ≡ 0 (<see cref="Control.ZeroModel"/>) breaks the
/// start and the end, a constant λ = κ(1) (<see cref="Control.ConstantRidge"/>) the start, λ = 0 (<see cref="Control.NoRidge"/>)
/// the exit. The bound's floor is the one every memorizing model must clear: S(ridge) ≥ S*(ε_ridge) ≥ S*(σ̂²/2), the
/// frontier being non-increasing in ε (THEORY.md §4), so the frontier's floor applies at n and at 4n: S ≥ 0.1·scale·√n.
/// </remarks>
public static class RidgeCheck
{
    /// <summary>Where λ sits inside the Gram spectrum.</summary>
    public static readonly double[] SpectrumQuantiles = [0.1, 0.5, 0.9];

    /// <summary>The path's last λ, in units of the largest eigenvalue μ_max: every component is shrunk by 10× or more.</summary>
    public const double PastTheSpectrum = 10;

    /// <summary>λ of the path's λ → 0 end, in units of the smallest eigenvalue: S moves by O(λ/μ_min) = 1e-6.</summary>
    public const double VanishingRidgeInSpectrumUnits = 1e-6;

    /// <summary>Standard errors of Monte Carlo slack allowed when S must not rise along the path.</summary>
    public const double ErrorMultiplier = 4;

    private static readonly string[] Names = [.. SpectrumQuantiles.Select(q => $"q{q * 100:F0}"), "past"];

    public static ClaimVerdict Evaluate(Regime regime, Control? control = null, ILinearAlgebra? la = null)
    {
        control ??= Control.None;
        var claim = Claim.Ridge;
        var (floor, pathTolerance) = Catalog.Ridge.Bands;
        // The kernel family is claim I's relu RF kernel, the finite one claim II's: their scale without the interpolation factor.
        var small = Path(regime, claim, control, la);
        var large = Path(regime with { N = ScalingCheck.Growth * regime.N }, claim, control, la);
        var conditions = new List<Condition> { RunSanity.WeightsIndependentOfData(large.Fits[0]) };
        var figures = new List<(string, double)>();
        foreach (var (path, label) in new[] { (small, "n"), (large, "4n") })
            AddPathConditions(path, label, floor, conditions, figures);
        for (int j = 0; j < Names.Length; j++)
        {
            if (!small.Memorizes(j) || !large.Memorizes(j)) continue;
            // Reported, not required: at a fixed quantile the two sizes sit at different training errors (q10: 0.16 vs
            // 0.12 σ̂², calibration), and the theorem orders models at the same error only. On the abs RF kernel, whose
            // gradient lives in the small κ″ part of the spectrum, it fell to 0.50 with both sizes above the floor.
            double quotient = large.Relative(j) / small.Relative(j);
            figures.Add(($"quotient({Names[j]})", quotient));
            conditions.Add(Condition.Note($"λ at {Names[j]} memorizes at n and 4n: relative(4n)/relative(n) = {quotient:G4}"));
        }
        // The λ → 0 end, under the control: a model that is not the ridge path (f ≡ 0, a constant λ) does not come back to min-norm.
        double tiny = VanishingRidgeInSpectrumUnits * small.Spectrum[0];
        var vanishing = ClaimRun.Observe(regime with { Ridge = tiny }, control, la, claim.Measures);
        double drift = Math.Abs(vanishing.Value / small.MinNorm.Value - 1);
        figures.Add(("path drift", drift));
        conditions.Add(new(Part.Sanity, pathTolerance.Contains(drift),
            $"ridge path → min-norm: |S(λ={tiny:G2})/S(0) − 1| = {drift:G3} in {pathTolerance} ({pathTolerance.Origin})"));
        conditions.Add(Condition.Note($"floor origin: {floor.Origin}"));
        return Verdict.From(claim, regime, control, large.Fits[^1].Value, 1, floor, conditions, null, null, [.. figures]);
    }

    /// <summary>One size: min-norm, the spectrum, the path's fits, σ̂² and the predicted S of the best memorizer.</summary>
    internal sealed record RidgePath(Regime Regime, Observation MinNorm, double[] Spectrum, double[] Lambdas, Observation[] Fits, double Sigma2, double Predicted)
    {
        public bool Memorizes(int j) => Fits[j].TrainError <= Sigma2 / 2;
        public double Relative(int j) => Fits[j].Value / Predicted;
    }

    private static RidgePath Path(Regime regime, Claim claim, Control control, ILinearAlgebra? la)
    {
        // Min-norm and the spectrum come from the claim's own model, whatever the control does to the ridge fits.
        var minNorm = ClaimRun.Observe(regime with { Ridge = 0 }, Control.None, la, claim.Measures);
        var spectrum = GramSpectrum.Of(minNorm.Experiment, la);
        double[] lambdas = [.. SpectrumQuantiles.Select(q => GramSpectrum.Quantile(spectrum, q)), PastTheSpectrum * spectrum[^1]];
        var fits = lambdas.Select(l => ClaimRun.Observe(regime with { Ridge = l }, control, la, claim.Measures)).ToArray();
        double sigma2 = Math.Pow(RealizedNoise.Of(regime, regime.Noise), 2);
        return new RidgePath(regime, minNorm, spectrum, lambdas, fits, sigma2, claim.Predict(regime, interpolating: false));
    }

    internal static void AddPathConditions(RidgePath p, string label, Band floor, List<Condition> conditions, List<(string, double)> figures)
    {
        int last = p.Fits.Length - 1;
        string at = $"at {label}={p.Regime.N}";
        conditions.Add(new(Part.Sanity, !p.MinNorm.IllPosed, $"{at}: min-norm well-posed, S = {p.MinNorm.Value:G4}, spectrum of the Gram matrix/n [{p.Spectrum[0]:G3}, {p.Spectrum[^1]:G3}]"));
        conditions.Add(new(Part.Sanity, p.Memorizes(0),
            $"{at}: the path starts memorizing: train error {p.Fits[0].TrainError:G3} ≤ σ̂²/2 = {p.Sigma2 / 2:G3} at λ = {p.Lambdas[0]:G3} ({Names[0]} of the spectrum)"));
        conditions.Add(new(Part.Sanity, !p.Memorizes(last),
            $"{at}: memorization lost past the spectrum: train error {p.Fits[last].TrainError:G3} > σ̂²/2 at λ = {p.Lambdas[last]:G3} ({PastTheSpectrum} μ_max)"));
        // Training error rises with λ (each residual component λ/(μ + λ) grows): a theorem of ridge, up to round-off.
        bool errorRises = Enumerable.Range(1, last).All(j => p.Fits[j].TrainError >= p.Fits[j - 1].TrainError * (1 - 1e-9));
        // S falls with λ, from min-norm on: each component is shrunk by μ/(μ + λ); the Monte Carlo S gets 4 standard errors.
        var sPath = new[] { p.MinNorm }.Concat(p.Fits).ToArray();
        bool sFalls = Enumerable.Range(1, sPath.Length - 1).All(j =>
            sPath[j].Value <= sPath[j - 1].Value + ErrorMultiplier * Math.Sqrt(sPath[j].StandardError * sPath[j].StandardError + sPath[j - 1].StandardError * sPath[j - 1].StandardError));
        conditions.Add(new(Part.Sanity, errorRises && sFalls,
            $"{at}: along λ = {string.Join(", ", p.Lambdas.Select(l => l.ToString("G3")))} train error/σ̂² = {string.Join(", ", p.Fits.Select(f => (f.TrainError / p.Sigma2).ToString("G3")))} rises, S = {p.MinNorm.Value:G4} (min-norm), {string.Join(", ", p.Fits.Select(f => f.Value.ToString("G4")))} falls"));
        for (int j = 0; j <= last; j++)
        {
            figures.Add(($"train/σ̂²({Names[j]} at {label})", p.Fits[j].TrainError / p.Sigma2));
            figures.Add(($"relative({Names[j]} at {label})", p.Relative(j)));
            if (p.Memorizes(j))
                conditions.Add(new(Part.LowerBound, floor.Contains(p.Relative(j)),
                    $"{at}, λ at {Names[j]} memorizes: S/predicted = {p.Fits[j].Value:G4}/{p.Predicted:G4} = {p.Relative(j):G4} in {floor}"));
            else
                conditions.Add(Condition.Note($"{at}, λ at {Names[j]} does not memorize (train error/σ̂² = {p.Fits[j].TrainError / p.Sigma2:G3}): the bound falls away, relative {p.Relative(j):G3}"));
        }
    }
}

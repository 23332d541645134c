using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>Every band the claims use, each with its origin. CONTRIBUTING.md's calibration table records the runs behind them.</summary>
/// <remarks>
/// Ratios are compared relative to a scale: S/bound divided by <c>Scale</c>, which is σ̂_eff times the
/// leading-order constant of THEORY.md §3 where one applies (claims I and III), so a band is a dimensionless interval around 1.
/// </remarks>
public static class ClaimBands
{
    /// <summary>
    /// The unit of S/bound. Claim I: σ̂_eff·c, c the leading-order constant of THEORY.md §3. Claim III: the linearized
    /// prediction on the regime's data (<see cref="LinearizedPrediction"/>) over √(n/k), times the finite-width factor.
    /// Claims II and G: σ̂_eff times the finite-width factor.
    /// </summary>
    /// <remarks>
    /// Finite-width factor √(m/(m − n)), m = k or kd: min-norm least squares on m roughly isotropic features inflates the
    /// fitted noise's norm by m/(m − n) (the mean of an inverse Wishart matrix), which makes S/√n grow towards the threshold.
    /// The best memorizer of the frontier only reaches training error σ̂²/2 and does not interpolate, so it does not pay
    /// that factor: <paramref name="interpolating"/> false leaves it out (the quotient of claim II's frontier was
    /// 0.84 ± 0.08 with it, calibration of CONTRIBUTING.md).
    /// </remarks>
    public static double Scale(Claim claim, Regime regime, bool interpolating = true) =>
        Scale(claim, regime, RealizedNoise.Of(regime, RealizedNoise.NominalNoise(regime)),
            Data.Dataset.Draw(regime.Law, regime.N, regime.D, RealizedNoise.NominalNoise(regime), new Data.RandomStreams(regime.Seed).ForRepeat(0)), interpolating);

    /// <summary>The scale computed from σ̂ and the training set the run saw (<see cref="ClaimRun.ScaleNoise"/>, <see cref="ClaimRun.ScaleData"/>).</summary>
    public static double Scale(Claim claim, Regime regime, double sigmaHat, Data.Dataset train, bool interpolating = true)
    {
        if (claim == Claim.InfiniteRandomFeatures || claim == Claim.InfiniteNeuralTangent)
            return RealizedNoise.Effective(sigmaHat, regime) * LeadingOrder.SqrtNConstant(regime.Model, regime.Sigma, regime.D);
        if (claim == Claim.FiniteNeuralTangent)
            return LinearizedPrediction.Seminorm(regime, train) / regime.Bound * (interpolating ? FiniteWidthFactor(regime) : 1);
        return RealizedNoise.Effective(sigmaHat, regime) * (interpolating ? FiniteWidthFactor(regime) : 1);
    }

    /// <summary>√(m/(m − n)) for a finite model with m features, 1 for a kernel.</summary>
    public static double FiniteWidthFactor(Regime regime) =>
        regime.Model.IsKernel() ? 1 : Math.Sqrt(regime.FeatureDimension / (double)(regime.FeatureDimension - regime.N));

    /// <summary>
    /// Independent experiments whose relative values <see cref="ScalingCheck"/> averages at each size. Claim I: 1, its band
    /// is THEORY.md §3's constant with a 0.03 spread. Claims II, III, G: 2, their quotients (sd 0.10) carried most of the
    /// suite's extrapolated false-failure rate (CONTRIBUTING.md, calibration table); averaging keeps the mean, so the
    /// calibrated bands keep their argument and sit √2 more standard deviations away.
    /// </summary>
    public static int Repeats(Claim claim) =>
        claim == Claim.InfiniteRandomFeatures || claim == Claim.InfiniteNeuralTangent ? 1 : 2;

    /// <summary>
    /// Claim III in the width (<see cref="WidthCheck"/>), per activation: the floor of R = S/√(n/k)/scale at k and 8k,
    /// and the band of Q = R(8k)/R(k). Even activations: Q near 1 (tight). Others: Q in the plateau band (not tight).
    /// </summary>
    /// <remarks>An activation without calibrated bands is refused, never given another's.</remarks>
    public static (Band Floor, Band Quotient) Width(Activations.Activation sigma) => sigma.Name switch
    {
        // Floor: the smaller of exp(mean − 4.5 sd) of log R(k) and of log R(8k); Q: exp(mean ± 4.5 sd) of log Q, as the
        // subgroup bands of CalibratedBands (CONTRIBUTING.md, calibration table). Figures below: mean ± sd.
        "abs" => WidthBands(0.861, 0.938, 1.236, "R(k) 1.009 ± 0.036, R(8k) 1.086 ± 0.023, Q 1.077 ± 0.033 (γ −0.464 ± 0.015), 189 regimes"),
        "quadratic" => WidthBands(1.329, 0.939, 1.491, "k = 8…64: R(k) 1.675 ± 0.086, R(8k) 1.979 ± 0.035, Q 1.185 ± 0.061 (γ −0.419 ± 0.025), 211 regimes"),
        "relu" => WidthBands(0.966, 1.891, 2.798, "R(k) 1.182 ± 0.052, R(8k) 2.718 ± 0.075, Q 2.303 ± 0.100 (γ −0.099 ± 0.021), 139 regimes"),
        "erf" => WidthBands(1.854, 2.909, 3.030, "R(k) 2.491 ± 0.163, R(8k) 7.40 ± 0.49, Q 2.969 ± 0.013 (γ +0.023 ± 0.002), 139 regimes"),
        "tanh" => WidthBands(1.873, 2.917, 3.025, "R(k) 2.485 ± 0.158, R(8k) 7.38 ± 0.48, Q 2.970 ± 0.012 (γ +0.024 ± 0.002), 122 regimes"),
        _ => throw new ArgumentOutOfRangeException(nameof(sigma), sigma.Name, "claim III's width check has no calibrated bands for this activation"),
    };

    private static (Band Floor, Band Quotient) WidthBands(double floor, double lowQ, double highQ, string figures)
    {
        string origin = $"calibrated, seeds 0..399 (2026-11-30), exp(mean ± 4.5 sd) of the log: {figures}";
        return (new Band(floor, double.PositiveInfinity, origin), new Band(lowQ, highQ, origin));
    }

    /// <summary>
    /// Independent experiments <see cref="ScalingCheck"/> averages at each size: <see cref="Repeats"/>, except claim II, which
    /// averages 4. With 2, its quotient band (log sd 0.07) rejected a log–log slope 0.15 away from 1/2 with probability
    /// 0.18–0.22 per case, about 0.8 per suite run; the issue asks for 0.99 (CONTRIBUTING.md, power table).
    /// </summary>
    public static int ScalingRepeats(Claim claim) => claim == Claim.FiniteRandomFeatures ? 4 : Repeats(claim);

    /// <summary>Floor of (S*(σ̂²/2)/bound)/scale and of its quotient between 4n and n.</summary>
    public static (Band Relative, Band Quotient) Frontier(Claim claim) =>
        (new Band(0.1, double.PositiveInfinity, "calibrated: below the smallest of 200 seeds, far above the σ = 0 control's 0"),
         new Band(0.6, double.PositiveInfinity, "calibrated: 1 − 4 standard deviations; a bounded S* gives 0.5"));

    /// <summary>
    /// Band of t = S(min-norm)/S*(0), of t(4n)/t(n), and of min-norm's (S/bound)/scale at 4n over n and at 2k over k. The
    /// last two are one-sided: tightness says S/bound stays bounded above; the lower side is the lower bound's (claims II, III).
    /// </summary>
    public static (Band Ratio, Band Quotient, Band BoundInN, Band BoundInK) Tightness() =>
        (new Band(1, 3, "t ≥ 1: S* is a minimum; upper edge calibrated"), new Band(0, 1.5, "calibrated"),
         new Band(0, 1.55, "calibrated: above every subgroup's mean + 4 sd (ntk abs 1.03 ± 0.12 → 1.52); S ∝ n gives 2"),
         new Band(0, 1.1, "calibrated: above every subgroup's mean + 4 sd (ntk relu 0.93 ± 0.037 → 1.08); S/bound ∝ √k gives 1.41"));

    /// <summary>
    /// Band of t = S(min-norm)/S*(0) at n and at 4n for the regime's model and activation: lower edge 1 (S* is a minimum),
    /// upper edge exp(mean + 4.5 sd) of log t in the subgroup, seeds 0..399 (2026-11-30). The single upper edge 3 it
    /// replaces let S × 1.25 pass every regime (t(4n) is 1.01–1.13 with log sd 0.004–0.028).
    /// </summary>
    public static (Band AtN, Band At4N) TightnessRatio(Regime regime) => (regime.Model, regime.Sigma.Name) switch
    {
        (ModelKind.RandomFeatures, "relu") => Ratio(1.385, 1.132, "rf relu: t(n) 1.194, t(4n) 1.066 (log sd 0.033, 0.013), 145 regimes"),
        (ModelKind.RandomFeatures, "abs") => Ratio(1.061, 1.034, "rf abs: t(n) 1.025, t(4n) 1.013 (log sd 0.008, 0.004), 133 regimes"),
        (ModelKind.NeuralTangent, "relu") => Ratio(2.390, 1.285, "ntk relu: t(n) 1.658, t(4n) 1.133 (log sd 0.081, 0.028), 60 regimes"),
        (ModelKind.NeuralTangent, "abs") => Ratio(1.289, 1.191, "ntk abs: t(n) 1.169, t(4n) 1.094 (log sd 0.022, 0.019), 62 regimes"),
        // Only the broken-gradient control draws quadratic NTK; its lower edge t ≥ 1 is what rejects it, the upper one is not calibrated.
        (ModelKind.NeuralTangent, "quadratic") => (new Band(1, 3, "t ≥ 1: S* is a minimum; upper edge 3 not calibrated (control family only)"),
                                                   new Band(1, 3, "t ≥ 1: S* is a minimum; upper edge 3 not calibrated (control family only)")),
        _ => throw new ArgumentOutOfRangeException(nameof(regime), RegimeText.Describe(regime), "claim T has calibrated t bands for rf and ntk with relu or abs only"),
    };

    private static (Band AtN, Band At4N) Ratio(double upperN, double upper4N, string figures)
    {
        string origin = $"t ≥ 1: S* is a minimum; upper edge exp(mean + 4.5 sd) of log t, seeds 0..399 (2026-11-30): {figures}";
        return (new Band(1, upperN, origin), new Band(1, upper4N, origin));
    }

    /// <summary>Level of S at σ = 0, the band of S(4n)/S(n) there (levelled off), and how many times that level S must reach at σ = 1.</summary>
    public static (Band Level, Band Levelling, Band Separation) NoiseLevel() =>
        (new Band(0, 2, "calibrated; S rises towards ‖w*‖ = 1"),
         new Band(0.9, 1.5, "calibrated, n past d: every subgroup's mean ± 4 sd inside (finite rf 1.16 ± 0.062, ntk kernel 1.24 ± 0.056, rf kernel 1.10 ± 0.019); √n growth gives 2"),
         new Band(3, double.PositiveInfinity, "calibrated, n past d: 4 sd below the lowest subgroup's mean (ntk kernel 4.28 ± 0.29)"));

    /// <summary>
    /// Floor of (S/√n)/scale for a ridge model that still memorizes, and the tolerance of the ridge path's λ → 0 end
    /// against min-norm.
    /// </summary>
    /// <remarks>The floor is the frontier's: a memorizing ridge model has S ≥ S*(σ̂²/2), see <see cref="RidgeCheck"/>.</remarks>
    public static (Band Floor, Band PathTolerance) Ridge()
    {
        var floor = Frontier(Claim.FiniteRandomFeatures).Relative;
        return (floor with { Origin = "a memorizing model sits above S*(σ̂²/2): the frontier's floor, " + floor.Origin },
                new Band(0, 1e-3, "λ = 1e-6 μ_min moves S by O(λ/μ_min)"));
    }
}

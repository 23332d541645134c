using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// What a claim predicts S to be on the data a run saw, so that a check compares S with it: relative = S / prediction,
/// a dimensionless figure whose bands sit around a constant. Each prediction has its own independent check
/// (THEORY.md §5, "scales"): σ̂ in its χ² band (<see cref="RunSanity"/>), the leading-order constants against the kernel
/// interpolator, the linearized prediction against the NTK kernel interpolator at wide d.
/// </summary>
public abstract class ClaimScale
{
    /// <summary>The predicted S for <paramref name="regime"/> fitted to <paramref name="train"/>, whose realized noise is
    /// <paramref name="sigmaHat"/>. <paramref name="interpolating"/> false: the best memorizer of the frontier, which stops
    /// at training error σ̂²/2 and does not pay min-norm's finite-width inflation.</summary>
    public abstract double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating);

    /// <summary>What the prediction is, for verdict texts and the docs.</summary>
    public abstract string Description { get; }

    /// <summary>Claim I: bound × σ̂_eff × c, c the leading-order constant of THEORY.md §3.</summary>
    public static readonly ClaimScale LeadingOrderConstant = new LeadingOrderScale();

    /// <summary>Claims II, G, N, R: bound × σ̂_eff × the finite-width factor.</summary>
    public static readonly ClaimScale EffectiveNoise = new EffectiveNoiseScale();

    /// <summary>Claim III: the linearized kernel prediction on the run's own data, times the finite-width factor; no bound in it.</summary>
    public static readonly ClaimScale Linearized = new LinearizedScale();

    /// <summary>
    /// Claim BLN: claim II's S prediction (√n × σ̂_eff × the finite-width factor) times the spectral proxy's slack over
    /// S, Lip(ψ)·E‖W‖_op / (√E ψ′(w·x)² · E‖w_j‖) = Lip(ψ)/√E ψ′(τg)² · (1 + √(k/d)). No bound in it.
    /// </summary>
    /// <remarks>
    /// ∇f(x) = Σ_j a_j ψ′(w_j·x) w_j, so S² ≈ ‖a‖²·E ψ′(w·x)²·‖w_j‖² (the rows' cross terms average out), while the proxy
    /// is Lip(ψ)·‖a‖·‖W‖_op; for rows N(0, s²I_d), ‖w_j‖ ≈ s√d and ‖W‖_op ≈ s(√k + √d) (Gordon). On claim II's family
    /// the old scale (bound × σ̂_eff × factor, where bound = √(n/k)) left a within-subgroup spread of 0.11–0.15 in log,
    /// growing like √d at fixed k/d; this one leaves 0.04–0.06 (60 seeds, 2026-12-02), so S × 1.25 stands out of a band.
    /// Everything here comes from the regime, none from the fit.
    /// </remarks>
    public static readonly ClaimScale SpectralProxy = new SpectralProxyScale();

    /// <summary>Claim T: the scale of the theorem that covers the regime's model (<see cref="Claim.Of"/>).</summary>
    public static readonly ClaimScale OfTheModel = new ModelClaimScale();

    /// <summary>Claims M, B and U predict no S (they compare S with itself across widths, or with a bound): asking is a bug, refused.</summary>
    public static readonly ClaimScale None = new NoScale();

    /// <summary>√(m/(m − n)) for a finite model with m = k or kd features, 1 for a kernel.</summary>
    /// <remarks>
    /// Min-norm least squares on m roughly isotropic features inflates the fitted noise's norm by m/(m − n) (the mean of an
    /// inverse Wishart matrix), which makes S/√n grow towards the threshold. The best memorizer of the frontier only
    /// reaches training error σ̂²/2 and does not interpolate, so it does not pay that factor (the quotient of claim II's
    /// frontier was 0.84 ± 0.08 with it, calibration, docs/results/calibration.md).
    /// </remarks>
    public static double FiniteWidthFactor(Regime regime) =>
        regime.Model.IsKernel ? 1 : FiniteWidthFactor(regime.FeatureDimension, regime.N); // a capability: a kernel has no finite m

    /// <summary>√(m/(m − n)): the inflation of min-norm's fitted noise on m roughly isotropic features (inverse Wishart mean).</summary>
    public static double FiniteWidthFactor(double features, int n) => Math.Sqrt(features / (features - n));

    public override string ToString() => Description;

    private sealed class NoScale : ClaimScale
    {
        public override string Description => "none";

        public override double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating) =>
            throw new InvalidOperationException("this claim predicts no S (claim M locates peaks)");
    }

    private sealed class LeadingOrderScale : ClaimScale
    {
        public override string Description => "bound × σ̂_eff × c (THEORY.md §3)";

        public override double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating) =>
            bound.Of(regime) * RealizedNoise.Effective(sigmaHat, regime) * LeadingOrder.SqrtNConstant(regime.Model, regime.Sigma, regime.D);
    }

    private sealed class EffectiveNoiseScale : ClaimScale
    {
        public override string Description => "bound × σ̂_eff × √(m/(m − n))";

        public override double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating) =>
            bound.Of(regime) * RealizedNoise.Effective(sigmaHat, regime) * (interpolating ? FiniteWidthFactor(regime) : 1);
    }

    private sealed class SpectralProxyScale : ClaimScale
    {
        public override string Description => "√n × σ̂_eff × √(m/(m − n)) × Lip(ψ)/√E ψ′(τg)² × (1 + √(k/d))";

        public override double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating) =>
            EffectiveNoise.Predict(regime, ClaimBound.SqrtN, sigmaHat, train, interpolating) * Slack(regime);

        /// <summary>Lip(ψ)·E‖W‖_op/(√E ψ′(w·x)²·E‖w_j‖) for rows N(0, s²I_d) and inputs with E‖x‖² = 1 (τ = s).</summary>
        internal static double Slack(Regime regime)
        {
            if (regime.Model.IsKernel || regime.Model.FeatureDimension(regime) != regime.K)
                throw new ArgumentOutOfRangeException(nameof(regime), regime.Model.Name, "the spectral proxy's slack is that of a two-layer network Σ a_j ψ(w_j·x): finite random features");
            double tau = regime.WeightsSd ?? Features.WeightSampler.DefaultSd(regime.D);
            // 64 nodes: even, so no node sits on relu's or abs's kink and E ψ′² is exact for them (1/2, 1).
            double meanSquareSlope = Activations.GaussHermite.Rule(64).Expect(g => Math.Pow(regime.Sigma.First(tau * g), 2));
            return regime.Sigma.Lipschitz / Math.Sqrt(meanSquareSlope) * (1 + Math.Sqrt((double)regime.K / regime.D));
        }
    }

    private sealed class LinearizedScale : ClaimScale
    {
        public override string Description => "linearized kernel S on the run's data × √(m/(m − n)) (THEORY.md §3)";

        public override double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating) =>
            LinearizedPrediction.Seminorm(regime, train) * (interpolating ? FiniteWidthFactor(regime) : 1);
    }

    private sealed class ModelClaimScale : ClaimScale
    {
        public override string Description => "the scale of the model's own claim";

        public override double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating)
        {
            var claim = Claim.Of(regime);
            return claim.Scale.Predict(regime, claim.Bound, sigmaHat, train, interpolating);
        }
    }
}

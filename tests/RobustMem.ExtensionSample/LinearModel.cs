using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;
using RobustMem.Models;

namespace RobustMem.ExtensionSample;

/// <summary>
/// A toy model defined outside the library: f(x) = ⟨θ, x⟩ fitted by min-norm on the raw inputs. It has no width (the
/// regime's K is ignored), d features, one interpolation threshold at n = d, the linear kernel κ(ρ) = ρ, and S = ‖θ‖
/// exactly (C = I). Min-norm on n &lt; d isotropic points puts ξᵀ(XXᵀ)⁻¹ξ ≈ σ²n·d/(d − n) into ‖θ‖², so S grows like √n.
/// </summary>
public sealed class LinearModel : FeatureModel
{
    public static readonly LinearModel Instance = new();

    /// <summary>The toy's own claim: its curves are judged against it, not against one of the paper's.</summary>
    public static readonly Claim LinearClaim = new("L", "Toy: min-norm linear regression, n < d.", "n < d, σ > 0",
        "S = ‖θ‖ ≳ √n, attained by min-norm")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise };

    public override string Name => "linear";
    public override bool HasWidth => false;
    public override Claim Claim => LinearClaim;

    public override long FeatureDimension(Regime regime) => regime.D;
    public override double EvaluationWidth(Regime regime) => 1;
    public override double WeightEntries(Regime regime) => 0;
    public override void Validate(Regime regime) { }
    public override IReadOnlyList<int> InterpolationThresholds(Regime regime) => [regime.D];

    /// <summary>κ(ρ) = ρ: κ(0) = 0, κ′(0) = 1, κ″(0) = 0, κ(1) = 1, whatever σ (the model has none).</summary>
    public override (double K0, double K1, double K2, double KOne) KernelTaylor(Activation sigma, int d) => (0, 1, 0, 1);

    public override (IFeatureMap Map, Matrix<double>? Weights) Map(Regime regime, RandomStreams streams, FitParts parts, ILinearAlgebra la) =>
        (new IdentityFeatureMap(regime.D), null);

    public override Matrix<double>? ExactSeminormMatrix(IFeatureMap map, Regime regime, ILinearAlgebra la) =>
        Matrix<double>.Build.DenseIdentity(regime.D);
}

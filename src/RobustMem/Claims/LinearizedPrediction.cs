using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// THEORY.md §3's linearization evaluated on the regime's own inputs and labels, one step before its closed form:
/// K ≈ κ(0)11ᵀ + κ′(0)XXᵀ + (κ(1) − κ(0) − κ′(0))I, α = K⁻¹y, and on the sphere
/// S² ≈ κ′(0)²‖Xᵀα‖² + (κ″(0)²/d)·αᵀ(G∘G)α with G = XXᵀ.
/// </summary>
/// <remarks>
/// The closed form S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0)) takes ‖Xᵀα‖ ≈ ‖α‖, true for n ≪ d. For
/// n ≳ d the linear part κ′(0)XXᵀ takes up the noise along d directions and S/√n drops; this keeps that effect,
/// which the finite NTK (n up to 0.3 d², claim III) needs. The second term uses E_x[ρ_iρ_j] = ⟨x_i, x_j⟩/d.
/// The data are the fit's own (<see cref="Control.ScaleData"/>): a bug in the labels reaches this scale too, and
/// <see cref="RunSanity.NoiseInChiSquareBand"/> is what catches it; <c>LinearizedPredictionTests</c> check the scale itself
/// against the NTK kernel interpolator's exact S at a wide d.
/// </remarks>
internal static class LinearizedPrediction
{
    /// <summary>The predicted S of the kernel interpolator for the regime's data (n points), at the claim's nominal noise.</summary>
    public static double Seminorm(Regime regime) =>
        Seminorm(regime, RealizedNoise.NominalTrain(regime));

    /// <summary>The predicted S of the regime's kernel interpolator fitted to <paramref name="train"/>.</summary>
    public static double Seminorm(Regime regime, Dataset train)
    {
        var (k0, k1, k2, kOne) = LeadingOrder.KernelTaylor(regime.Model, regime.Sigma, regime.D);
        var x = train.X;
        var g = x * x.Transpose();
        int n = regime.N;
        var kernel = Matrix<double>.Build.Dense(n, n, (i, j) => k0 + k1 * g[i, j] + (i == j ? kOne - k0 - k1 : 0));
        var alpha = kernel.Cholesky().Solve(train.Y);
        double linear = (x.TransposeThisAndMultiply(alpha)).L2Norm();
        double curvature = alpha.DotProduct(g.PointwiseMultiply(g) * alpha) / regime.D;
        return Math.Sqrt(k1 * k1 * linear * linear + k2 * k2 * curvature);
    }
}

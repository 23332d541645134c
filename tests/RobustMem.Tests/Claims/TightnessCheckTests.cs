using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>Claim T: min-norm within a bounded factor of the best interpolator, bounded in n and in k; S × 1.25 breaks none of it, a wrong exponent does.</summary>
public sealed class TightnessCheckTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 5);

    [Fact]
    public void MinNorm_IsWithinABoundedFactorOfTheFrontier()
    {
        var v = TightnessCheck.Evaluate(Rf);
        var f = VerdictAssert.Passes(v, BoundResult.NotChecked, TightnessResult.Attained);
        VerdictAssert.IsQuotient(f, "quotient", "t(4n)", "t(n)");
        // Exact C: t ≥ 1 by construction, with no slack.
        Assert.InRange(f["t(n)"], 1 - 1e-9, 3);
        Assert.Equal(0, f["slack(4n)"]);
        double rho1 = ClaimRun.Observe(Rf).Value / Claim.FiniteRandomFeatures.Predict(Rf);
        Assert.Equal(rho1, f["relative(n)"], 10);
        var wide = Rf with { K = 320 };
        double rhoWide = ClaimRun.Observe(wide).Value / Claim.FiniteRandomFeatures.Predict(wide);
        Assert.Equal(rhoWide / rho1, f["S/bound quotient in k"], 10);
        Assert.Contains(v.Conditions, c => c == "[ok] C exact");
    }

    /// <summary>Without the σ″ term the quadratic NTK's gradient misses its curvature part: t falls below 1 (the sanity condition).</summary>
    [Fact]
    public void NoCurvatureTerm_OnTheQuadraticNtk_IsRejected()
    {
        var quadratic = new Regime(Model.NeuralTangent, D: 12, K: 12, N: 10, Activation.Quadratic, InputLaw.Sphere, Noise: 1, TestPoints: 2000, Seed: 5);
        var v = TightnessCheck.Evaluate(quadratic, Control.NoCurvatureTerm);
        Assert.False(v.Passed);
        Assert.Contains(v.Conditions, c => c.StartsWith("[VIOLATED] t ≥ 1"));
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] C Monte Carlo, M = "));
    }
}

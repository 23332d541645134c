using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>Claim R along the ridge path: the ridge path passes, and each of its three controls breaks the part it is for.</summary>
public sealed class RidgeCheckTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 80, K: 160, N: 24, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 5);

    [Fact]
    public void RidgePath_StartsMemorizing_LeavesPastTheSpectrum_AndReturnsToMinNorm()
    {
        var v = RidgeCheck.Evaluate(Rf);
        var f = VerdictAssert.Passes(v, BoundResult.Holds, TightnessResult.NotApplicable);
        Assert.InRange(f["path drift"], 0, 1e-3);
        foreach (var label in new[] { "n", "4n" })
        {
            Assert.InRange(f[$"train/σ̂²(q10 at {label})"], 0, 0.5);
            Assert.True(f[$"train/σ̂²(past at {label})"] > 0.5);
            Assert.True(f[$"train/σ̂²(q50 at {label})"] >= f[$"train/σ̂²(q10 at {label})"]);
            Assert.True(f[$"relative(past at {label})"] < f[$"relative(q10 at {label})"]);
        }
        VerdictAssert.IsQuotient(f, "quotient(q10)", "relative(q10 at 4n)", "relative(q10 at n)");
        Assert.False(f.ContainsKey("quotient(past)"));
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] bound: at n=24, λ at q10 memorizes"));
        Assert.Contains(v.Conditions, c => c.StartsWith("[ok] at 4n=96, λ at past does not memorize"));
    }

    [Theory]
    [InlineData(nameof(Control.ZeroModel), "[VIOLATED] ridge path → min-norm")]
    [InlineData(nameof(Control.ConstantRidge), "[VIOLATED] at n=24: the path starts memorizing")]
    [InlineData(nameof(Control.NoRidge), "[VIOLATED] at n=24: memorization lost past the spectrum")]
    public void Controls_BreakThePartTheyAreFor(string control, string violated)
    {
        var v = RidgeCheck.Evaluate(Rf, Control.Parse(control));
        Assert.False(v.Passed);
        Assert.Contains(v.Conditions, c => c.StartsWith(violated));
    }
}

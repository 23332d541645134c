using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// The measured quantity is the claim's: a claim that measures another quantity than S runs through the two-size check
/// on that quantity, and its verdict prints the quantity's own symbol; a control's factor multiplies whatever is measured.
/// </summary>
public sealed class QuantityTests
{
    private static readonly Regime Rf = new(Model.RandomFeatures, D: 10, K: 40, N: 8, Activation.Tanh, InputLaw.Gaussian, Noise: 1, Seed: 3);

    // An extension's claim: the weak form of Bubeck, Li & Nagaraj (2021) on the parameter-norm proxy, in units of its bound.
    private static readonly Claim OnTheProxy = new("X-proxy", "test claim", "finite random features", "Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k)")
    { Bound = ClaimBound.SqrtNOverK, Scale = new TheBound(), Measures = Quantity.ParameterNormProxy };

    private static readonly (Band, Band, Band) Open = (new Band(0, double.PositiveInfinity, "open"), new Band(0, double.PositiveInfinity, "open"), new Band(0, double.PositiveInfinity, "open"));

    [Fact]
    public void EveryBuiltInQuantity_ReadsWhatItsNameSays()
    {
        var fitted = Experiment.Fit(Rf);
        var m = Experiment.Measure(fitted, "test");
        var (sensitivity, lipschitz) = Experiment.SensitivityAndLipschitz(fitted);
        Assert.Equal(m.SobolevExact ?? m.Sobolev, Quantity.Seminorm.Read(fitted, m).Value);
        Assert.Equal(sensitivity, Quantity.Sensitivity.Read(fitted, m).Value);
        Assert.Equal(lipschitz, Quantity.LipschitzEstimate.Read(fitted, m).Value);
        Assert.Equal(fitted.Network!.LipschitzProxy, Quantity.ParameterNormProxy.Read(fitted, m).Value);
        Assert.Equal(["S", "‖∇f(x₀)‖", "Lip̂(f)", "Lip(ψ)·‖a‖₂·‖W‖_op"],
            new[] { Quantity.Seminorm, Quantity.Sensitivity, Quantity.LipschitzEstimate, Quantity.ParameterNormProxy }.Select(q => q.Symbol));
    }

    [Fact]
    public void TheTwoSizeCheck_MeasuresTheClaimsQuantity_AndPrintsItsSymbol()
    {
        var v = ScalingCheck.Evaluate(OnTheProxy, Rf, Open);
        Assert.Same(Quantity.ParameterNormProxy, v.Quantity);
        double expected = Enumerable.Range(0, OnTheProxy.ScalingRepeats)
            .Average(r => ClaimRun.Observe(TwoSizes.Larger(ClaimRun.Repeat(Rf, r)), quantity: Quantity.ParameterNormProxy).Value);
        Assert.Equal(expected, v.Value, 12);
        Assert.Equal(v.Value / OnTheProxy.BoundOf(TwoSizes.Larger(Rf)), v.Ratio, 12);
        Assert.Contains("\n  Lip(ψ)·‖a‖₂·‖W‖_op = ", v.Message);
        Assert.DoesNotContain("\n  S = ", v.Message);
        Assert.Contains(v.Conditions, c => c.Contains("at 4n Lip(ψ)·‖a‖₂·‖W‖_op = "));
        // The seminorm claims keep printing S.
        Assert.Contains("\n  S = ", ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, Rf with { D = 20, K = 40, N = 12, Activation = Activation.Relu, Law = InputLaw.Sphere }).Message);
    }

    [Fact]
    public void AControlsFactor_MultipliesTheMeasuredQuantity()
    {
        var plain = ClaimRun.Observe(Rf, quantity: Quantity.ParameterNormProxy);
        var times = ClaimRun.Observe(Rf, Control.SeminormTimes1_25, quantity: Quantity.ParameterNormProxy);
        Assert.Equal(1.25 * plain.Value, times.Value, 12);
        Assert.Same(Quantity.ParameterNormProxy, times.Quantity);
        Assert.Equal(0, ClaimRun.Observe(Rf, Control.ZeroModel, quantity: Quantity.ParameterNormProxy).Value);
    }

    [Fact]
    public void AQuantityAFitCannotGive_IsRefused()
    {
        var ntk = Rf with { Model = Model.NeuralTangent, K = 4 };
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimRun.Observe(ntk, quantity: Quantity.ParameterNormProxy));
        var e = Assert.Throws<ArgumentException>(() => FrontierCheck.Evaluate(OnTheProxy, Rf));
        Assert.Contains("the frontier S* bounds the seminorm S only", e.Message);
    }

    private sealed class TheBound : ClaimScale
    {
        public override string Description => "the bound itself";

        public override double Predict(Regime regime, ClaimBound bound, double sigmaHat, Dataset train, bool interpolating) => bound.Of(regime);
    }
}

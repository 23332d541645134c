using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>
/// Controls are values found by name: each built-in one is known under its own name, changes the run in at least one of
/// the ways a control can (otherwise it would be the claim under another name, and "must fail" would be vacuous), and an
/// extension's control is one class that the checks run like a built-in one.
/// </summary>
public sealed class ControlTests
{
    // Noise and ridge that no control keeps (σ = 0, σ = 1, λ = 0 all differ), so a control that changes the run shows it here.
    private static readonly Regime Small = new(Model.RandomFeatures, D: 10, K: 30, N: 8, Activation.Relu, InputLaw.Sphere, Noise: 0.5, Ridge: 0.25, Seed: 1);

    public static TheoryData<string> Controls() => new(Control.BuiltIn.Where(c => c != Control.None).Select(c => c.Name));

    [Fact]
    public void BuiltIn_ListsEachControlOnce_UnderItsOwnName()
    {
        Assert.Same(Control.None, Control.BuiltIn[0]);
        Assert.Equal(18, Control.BuiltIn.Count);
        Assert.Equal(Control.BuiltIn.Count, Control.BuiltIn.Select(c => c.Name.ToUpperInvariant()).Distinct().Count());
        Assert.All(Control.BuiltIn, c => Assert.Same(c, Control.Parse(c.Name.ToLowerInvariant())));
        Assert.All(Control.BuiltIn, c => Assert.Equal(c.Name, c.ToString()));
        Assert.Equal("NoLabelNoise", Control.NoLabelNoise.Name);
    }

    [Fact]
    public void Parse_RefusesAnUnknownName_ListingTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => Control.Parse("NoSuchControl"));
        Assert.Contains("unknown control 'NoSuchControl'", e.Message);
        Assert.Contains("NoLabelNoise", e.Message);
    }

    /// <summary>Every control but <see cref="Control.None"/> changes the regime, the fit's parts, S's factor, the observation or the scale.</summary>
    [Theory, MemberData(nameof(Controls))]
    public void EveryControl_ChangesTheRun(string name)
    {
        var control = Control.Parse(name);
        if (control.Apply(Small) != Small || !ReferenceEquals(control.Parts, FitParts.Standard) || control.SeminormFactor != 1) return;
        // A wrong variant of one quantity refuses the others: it is observed on the quantity it is a bug of.
        var quantity = Refuses(control, Quantity.Seminorm) ? Quantity.ParameterNormProxy : Quantity.Seminorm;
        var claim = ClaimRun.Observe(Small, quantity: quantity);
        var observed = ClaimRun.Observe(Small, control, quantity: quantity);
        bool changed = observed.Value != claim.Value || observed.TrainError != claim.TrainError || observed.Fitted != claim.Fitted
            || control.ScaleNoise(observed, Small) != Control.None.ScaleNoise(observed, Small);
        Assert.True(changed, $"{name} leaves the regime, the parts, S and the scale as the claim has them: it is None under another name");
    }

    private static bool Refuses(Control control, Quantity quantity)
    {
        try { ClaimRun.Observe(Small, control, quantity: quantity); return false; }
        catch (ArgumentException) { return true; }
    }

    [Fact]
    public void OuterWeightsUnscaled_IsTheProxyOfAEqualsV_AndRefusesS()
    {
        var plain = ClaimRun.Observe(Small, quantity: Quantity.ParameterNormProxy);
        var unscaled = ClaimRun.Observe(Small, Control.OuterWeightsUnscaled, quantity: Quantity.ParameterNormProxy);
        var network = plain.Experiment.Network!;
        var v = network.OuterWeights * Math.Sqrt(Small.K);
        Assert.Equal(network.Activation.Lipschitz * v.L2Norm() * network.WeightsOperatorNorm, unscaled.Value, 10);
        Assert.Equal(Math.Sqrt(Small.K) * plain.Value, unscaled.Value, 10);
        Assert.Throws<ArgumentException>(() => ClaimRun.Observe(Small, Control.OuterWeightsUnscaled));
    }

    [Fact]
    public void None_ChangesNothing()
    {
        Assert.Equal(Small, Control.None.Apply(Small));
        Assert.Same(FitParts.Standard, Control.None.Parts);
        Assert.Equal(1, Control.None.SeminormFactor);
    }

    /// <summary>An extension's control is one class: registered, it is found by name, and the checks' runs apply it.</summary>
    [Fact]
    public void AnExtensionsControl_IsOneClass_ThatTheRunApplies()
    {
        var doubled = new SeminormDoubled();
        Control.Register(doubled);
        Control.Register(doubled);
        Assert.Same(doubled, Control.Parse("SeminormDoubled"));
        Assert.Throws<ArgumentException>(() => Control.Register(new SeminormDoubled()));
        Assert.DoesNotContain(doubled, Control.BuiltIn);
        var plain = ClaimRun.Observe(Small);
        var observed = ClaimRun.Observe(Small, doubled);
        Assert.Equal(2 * plain.Value, observed.Value, 12);
        Assert.Equal(plain.TrainError, observed.TrainError, 12);
    }

    private sealed class SeminormDoubled() : Control(nameof(SeminormDoubled))
    {
        public override double SeminormFactor => 2;
    }
}

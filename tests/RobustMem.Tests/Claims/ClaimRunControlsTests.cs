using RobustMem.Claims;
using RobustMem.Models;

namespace RobustMem.Tests.Claims;

/// <summary>Every control has its own arm in each of ClaimRun's three switches: none falls through to another's behaviour.</summary>
public sealed class ClaimRunControlsTests
{
    public static TheoryData<Control> All() => new(Enum.GetValues<Control>());

    [Theory, MemberData(nameof(All))]
    public void EveryControl_IsHandledByEverySwitch(Control control)
    {
        var regime = new RobustMem.Experiments.Regime(RobustMem.Models.Model.RandomFeatures, D: 10, K: 30, N: 8,
            RobustMem.Activations.Activation.Relu, RobustMem.Data.InputLaw.Sphere, Noise: 1, Seed: 1);
        _ = ClaimRun.Apply(regime, control);
        _ = ClaimRun.Parts(control);
        _ = ClaimRun.SeminormFactor(control);
    }

    [Fact]
    public void AnUnknownControl_IsRefused()
    {
        var unknown = (Control)999;
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimRun.Parts(unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimRun.SeminormFactor(unknown));
    }

    [Fact]
    public void WrongConstants_ScaleSByTheirFactor()
    {
        Assert.Equal(1.25, ClaimRun.SeminormFactor(Control.SeminormTimes1_25));
        Assert.Equal(0.8, ClaimRun.SeminormFactor(Control.SeminormTimes0_8));
        Assert.Equal(1, ClaimRun.SeminormFactor(Control.None));
        Assert.False(ClaimRun.Parts(Control.NoCurvatureTerm).CurvatureTerm);
        Assert.True(ClaimRun.Parts(Control.None).CurvatureTerm);
    }
}

using RobustMem.Data;

namespace RobustMem.Tests.Data;

/// <summary><c>--target none</c>: y = σξ on the same input and noise streams; the default stays the linear target, bit for bit.</summary>
public sealed class PureNoiseLabelTests
{
    [Theory]
    [InlineData("gaussian", 1.0)]
    [InlineData("sphere", 0.3)]
    public void NoTarget_LabelsAreSigmaTimesTheNoiseStream_OnTheSameInputs(string lawName, double sigma)
    {
        var law = InputLaw.Parse(lawName);
        var linear = Dataset.Draw(law, 30, 7, sigma, new RandomStreams(5));
        var none = Dataset.Draw(law, 30, 7, sigma, new RandomStreams(5), LabelTarget.None);
        Assert.Equal(LabelTarget.None, none.Target);
        Assert.Equal(linear.X, none.X);
        Assert.Equal(0, none.TargetWeights.L2Norm());
        var xi = new RandomStreams(5).Noise;
        for (int i = 0; i < 30; i++) Assert.Equal(sigma * xi.NextGaussian(), none.Y[i]);

        // Fresh points keep the target: their labels are noise too.
        var fresh = none.Fresh(law, 10, new RandomStreams(5).TestInputs, new RandomStreams(5).TestNoise);
        Assert.Equal(LabelTarget.None, fresh.Target);
        var testNoise = new RandomStreams(5).TestNoise;
        for (int i = 0; i < 10; i++) Assert.Equal(sigma * testNoise.NextGaussian(), fresh.Y[i]);
    }

    [Fact]
    public void DefaultOverload_IsTheLinearTarget_BitForBit()
    {
        var old = Dataset.Draw(InputLaw.Cube, 20, 6, 0.5, new RandomStreams(9));
        var linear = Dataset.Draw(InputLaw.Cube, 20, 6, 0.5, new RandomStreams(9), LabelTarget.Linear);
        Assert.Equal(LabelTarget.Linear, old.Target);
        Assert.Equal(old.Y, linear.Y);
        Assert.Equal(old.TargetWeights, linear.TargetWeights);
    }

    [Fact]
    public void Names_RoundTrip_AndUnknownNamesAreRejected()
    {
        foreach (var t in Enum.GetValues<LabelTarget>()) Assert.Equal(t, LabelTargets.Parse(LabelTargets.Name(t).ToUpperInvariant()));
        Assert.Contains("linear, none or classes", Assert.Throws<ArgumentException>(() => LabelTargets.Parse("quadratic")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Dataset.Draw(InputLaw.Sphere, 2, 2, 1, new RandomStreams(1), (LabelTarget)7));
    }
}

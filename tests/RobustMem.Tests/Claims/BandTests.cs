using RobustMem.Claims;

namespace RobustMem.Tests.Claims;

/// <summary>A band is closed at both edges, scales with its origin, and prints a one-sided band with ∞.</summary>
public sealed class BandTests
{
    [Fact]
    public void Contains_IsClosedAtBothEdges()
    {
        var band = new Band(0.5, 2, "o");
        Assert.True(band.Contains(0.5));
        Assert.True(band.Contains(2));
        Assert.True(band.Contains(1));
        Assert.False(band.Contains(Math.BitDecrement(0.5)));
        Assert.False(band.Contains(Math.BitIncrement(2.0)));
        Assert.False(band.Contains(double.NaN));
    }

    [Fact]
    public void Times_ScalesBothEdges_AndSaysBy()
    {
        var scaled = new Band(0.5, 2, "o").Times(3, "scale 3");
        Assert.Equal(new Band(1.5, 6, "o × scale 3"), scaled);
        Assert.Equal("[1.5, 6]", scaled.ToString());
        Assert.Equal("[0.1, ∞)", new Band(0.1, double.PositiveInfinity, "o").ToString());
    }
}

using RobustMem.SharperLaws;

namespace RobustMem.Tests.SharperLaws;

/// <summary>The sensitivity CSV round-trips every double, writes the kernel's width as inf and an ill-posed S as empty, and names the line of a bad row.</summary>
public sealed class SensitivityCsvTests
{
    private static readonly SensitivityPoint[] Points =
    [
        new("tanh", 16, 64, 64, 0, 0.1 + 0.2, Math.Sqrt(16.0)),
        new("cos", 16, 2, 128, 1, double.NaN, 2),
        new("cos", 16, null, null, 1, 1e-300, null),
    ];

    [Fact]
    public void Format_ThenRead_GivesTheSamePoints()
    {
        string text = SensitivityCsv.Format(Points);
        Assert.Equal(
            "activation,n,k,params,seed,sensitivity,universal_bound\ntanh,16,64,64,0,0.30000000000000004,4\ncos,16,2,128,1,,2\ncos,16,inf,,1,1E-300,\n",
            text);
        var read = SensitivityCsv.Read(text, "x.csv");
        Assert.Equal(Points.Length, read.Count);
        Assert.Equal(Points[0], read[0]);
        Assert.True(double.IsNaN(read[1].Sensitivity));
        Assert.Equal(Points[2], read[2]);
    }

    [Theory]
    [InlineData("activation,n\n", "x.csv: not a sensitivity figure's CSV")]
    [InlineData("activation,n,k,params,seed,sensitivity,universal_bound\ntanh,16,64,64,0,abc,4\n", "x.csv, line 2:")]
    [InlineData("activation,n,k,params,seed,sensitivity,universal_bound\ntanh,16,64\n", "x.csv, line 2: 3 cells, expected 7.")]
    public void Read_OfABadFile_SaysWhereInOneMessage(string text, string start)
    {
        var e = Assert.Throws<ArgumentException>(() => SensitivityCsv.Read(text, "x.csv"));
        Assert.StartsWith(start, e.Message);
    }
}

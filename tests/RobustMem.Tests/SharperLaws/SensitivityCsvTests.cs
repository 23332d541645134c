using RobustMem.Figures;
using RobustMem.SharperLaws;

namespace RobustMem.Tests.SharperLaws;

/// <summary>The sensitivity CSV round-trips every double, writes the kernel's row with its model and an empty k, an ill-posed S as empty, and names the line of a bad row.</summary>
public sealed class SensitivityCsvTests
{
    private static readonly SensitivityFigure Figure = SensitivityFigures.Of(FigureScale.Default).Single(f => f.Name == "sensitivity-rf");

    private static readonly SensitivityPoint[] Points =
    [
        new("tanh", 16, 64, 64, 0, 0.1 + 0.2, Math.Sqrt(16.0)),
        new("cos", 16, 2, 2, 1, double.NaN, 2),
        new("cos", 16, null, null, 1, 1e-300, null),
    ];

    private const string Header = "model,activation,law,d,k,n,noise,ridge,weights_sd,seed,repeat,params,sensitivity,universal_bound";

    [Fact]
    public void Format_ThenRead_GivesTheSamePoints()
    {
        string text = SensitivityCsv.Format(Figure, Points);
        Assert.Equal(
            Header + "\nrf,tanh,gaussian,64,64,16,1,0,1,0,0,64,0.30000000000000004,4\nrf,cos,gaussian,64,2,16,1,0,1,1,0,2,,2\nrf-kernel,cos,gaussian,64,,16,1,0,1,1,0,,1E-300,\n",
            text);
        var read = SensitivityCsv.Read(text, Figure, "x.csv");
        Assert.Equal(Points.Length, read.Count);
        Assert.Equal(Points[0], read[0]);
        Assert.True(double.IsNaN(read[1].Sensitivity));
        Assert.Equal(Points[2], read[2]);
    }

    [Theory]
    [InlineData("activation,n\n", "x.csv: not a sensitivity figure's CSV")]
    [InlineData(Header + "\nrf,tanh,gaussian,64,64,16,1,0,1,0,0,64,abc,4\n", "x.csv, line 2:")]
    [InlineData(Header + "\nrf,tanh,gaussian\n", "x.csv, line 2: 3 cells, expected 14.")]
    // A row of another figure's regime (d = 32) is refused, not read as this figure's.
    [InlineData(Header + "\nrf,tanh,gaussian,32,64,16,1,0,1,0,0,64,0.3,4\n", "x.csv, line 2: the row is not as robustmem writes it for sensitivity-rf.")]
    public void Read_OfABadFile_SaysWhereInOneMessage(string text, string start)
    {
        var e = Assert.Throws<ArgumentException>(() => SensitivityCsv.Read(text, Figure, "x.csv"));
        Assert.StartsWith(start, e.Message);
    }
}

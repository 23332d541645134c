using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Tests.Curves;

/// <summary>
/// A width sweep's CSV (a sensitivity figure's) round-trips every double, writes the kernel's row with its model and an
/// empty k, an ill-posed S as empty, and names the line of a bad row.
/// </summary>
public sealed class WidthSweepCsvTests
{
    private static readonly FigureSpec Figure = FigureCatalog.OnlyWhenNamed(FigureScale.Default).Single(f => f.Name == "sensitivity-rf");

    private static readonly CurveSpec Tanh = Figure.Curves.Single(c => c.Name == "tanh/16");
    private static readonly CurveSpec Cos = Figure.Curves.Single(c => c.Name == "cos/16");

    private static CurvePoint Point(int? k, double? p, int seed, double s, double? bound) =>
        new(16, seed, double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false) { K = k, Parameters = p, Sensitivity = s, UniversalBound = bound };

    private static readonly Curve[] Curves =
    [
        new(Tanh, [Point(64, 64, 0, 0.1 + 0.2, Math.Sqrt(16.0))]),
        new(Cos, [Point(2, 2, 1, double.NaN, 2), Point(null, null, 1, 1e-300, null)]),
    ];

    private const string Header = "model,activation,law,d,k,n,noise,ridge,weights_sd,seed,repeat,params,sensitivity,universal_bound";

    [Fact]
    public void Format_ThenRead_GivesTheSamePoints()
    {
        string text = CurveCsv.Format(Curves);
        Assert.Equal(
            Header + "\nrf,tanh,gaussian,64,64,16,1,0,1,0,0,64,0.30000000000000004,4\nrf,cos,gaussian,64,2,16,1,0,1,1,0,2,,2\nrf-kernel,cos,gaussian,64,,16,1,0,1,1,0,,1E-300,\n",
            text);
        var read = CurveCsvReader.Read(text, Figure.Curves, "x.csv");
        Assert.Equal(3, read.Count);
        Assert.Equal((Tanh, Curves[0].Points[0]), read[0]);
        Assert.True(double.IsNaN(read[1].Point.Sensitivity!.Value));
        Assert.Equal((Cos, Curves[1].Points[1]), read[2]);
    }

    [Theory]
    [InlineData("activation,n\n", "x.csv: the first line is not the robustmem CSV header")]
    [InlineData(Header + "\nrf,tanh,gaussian,64,64,16,1,0,1,0,0,64,abc,4\n", "x.csv, line 2:")]
    [InlineData(Header + "\nrf,tanh,gaussian\n", "x.csv, line 2: not a row of a known curve of this figure.")]
    // A row of another figure's regime (d = 32) is refused, not read as this figure's.
    [InlineData(Header + "\nrf,tanh,gaussian,32,64,16,1,0,1,0,0,64,0.3,4\n", "x.csv, line 2: not a row of a known curve of this figure.")]
    // A row of this figure whose kernel row says a width is not as robustmem writes it.
    [InlineData(Header + "\nrf-kernel,tanh,gaussian,64,64,16,1,0,1,0,0,,0.3,\n", "x.csv, line 2: the row is not as robustmem writes it.")]
    public void Read_OfABadFile_SaysWhereInOneMessage(string text, string start)
    {
        var e = Assert.Throws<FormatException>(() => CurveCsvReader.Read(text, Figure.Curves, "x.csv"));
        Assert.StartsWith(start, e.Message);
    }
}

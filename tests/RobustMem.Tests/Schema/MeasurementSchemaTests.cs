using RobustMem.Curves;
using RobustMem.Schema;

namespace RobustMem.Tests.Schema;

/// <summary>The one table of measured figures keeps every output's historical layout and appends what is new.</summary>
public class MeasurementSchemaTests
{
    [Fact]
    public void CurveCsvHeader_IsTheOneTheGoldenOutputsHave() =>
        Assert.Equal("model,activation,law,d,k,n,noise,ridge,weights_sd,seed,repeat,sobolev,sobolev_stderr,sobolev_exact,bound,bound_kind,train_error,test_error,rank,sobolev_star0,ill_posed", CurveCsv.Header);

    [Fact]
    public void Layout_AppendsColumnsTheFormatDidNotPin_InTableOrder()
    {
        var layout = MeasurementSchema.Layout(["id", "S"], c => c.Name, new HashSet<string> { "id" });
        Assert.Equal(["id", .. MeasurementSchema.Columns.Select(c => c.Name)], layout.Select(f => f.Key));
        Assert.Null(layout[0].Column);
    }

    [Fact]
    public void Layout_RefusesAKeyThatIsNeitherAColumnNorADescriptor() =>
        Assert.Throws<InvalidOperationException>(() => MeasurementSchema.Layout(["no_such_column"], c => c.Name, new HashSet<string>()));

    [Fact]
    public void EveryCsvColumn_ReadsBackWhatItWrote()
    {
        var point = new CurvePoint(12, 3, 1.5, 0.25, null, 1e-30, 2.5, 12, Math.Sqrt(12), 1.25, true) { Sensitivity = 0.75, Parameters = 48, UniversalBound = 2, SensitivityPaper = 6 };
        foreach (var column in MeasurementSchema.Columns.Where(c => c.InCsv))
        {
            var blank = new CurvePoint(0, 0, double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false);
            Assert.Equal(column.Get(point), column.Get(column.Read!(blank, column.Get(point))));
        }
    }

    [Fact]
    public void ColumnNames_AreUniqueInEveryFormat()
    {
        Assert.Equal(MeasurementSchema.Columns.Count, MeasurementSchema.Columns.Select(c => c.Name).Distinct().Count());
        var json = MeasurementSchema.Columns.Select(c => c.Json).OfType<string>().ToArray();
        Assert.Equal(json.Length, json.Distinct().Count());
    }
}

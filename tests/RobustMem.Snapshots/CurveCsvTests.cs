using RobustMem.Curves;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>The reproduce CSVs are what the snapshots are made from: same seeds, same bytes.</summary>
public class CurveCsvTests
{
    [Fact]
    public void SameSeeds_GiveTheSameBytes()
    {
        var spec = SnapshotCurves.All[0];
        string first = CurveCsv.Format([CurveSweep.Run(spec, 2)]);
        string second = CurveCsv.Format([CurveSweep.Run(spec, 2)]);
        Assert.Equal(first, second);
        Assert.StartsWith(CurveCsv.Header + "\n", first);
        Assert.Equal(spec.Ns.Count * 2 + 1, first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void DifferentSeed_GivesDifferentBytes()
    {
        var spec = SnapshotCurves.All[0];
        Assert.NotEqual(CurveCsv.Format([CurveSweep.Run(spec, [0])]), CurveCsv.Format([CurveSweep.Run(spec, [1])]));
    }

    [Fact]
    public void Numbers_RoundTrip()
    {
        var curve = CurveSweep.Run(SnapshotCurves.All[0], 1);
        var row = CurveCsv.Format([curve]).Split('\n')[1].Split(',');
        int sobolev = CurveCsv.Header.Split(',').ToList().IndexOf("sobolev");
        Assert.Equal(curve.Points[0].Sobolev, double.Parse(row[sobolev], System.Globalization.CultureInfo.InvariantCulture));
    }
}

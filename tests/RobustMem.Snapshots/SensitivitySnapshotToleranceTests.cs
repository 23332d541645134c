using RobustMem.Figures;
using RobustMem.LinearAlgebra;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>The sensitivity snapshots' tolerance is what it says: far above what changes when only the arithmetic changes (the managed backend for OpenBLAS).</summary>
public class SensitivitySnapshotToleranceTests
{
    private readonly ITestOutputHelper _output;

    public SensitivitySnapshotToleranceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Rtol_IsAHundredTimesTheBackendDifference_OrMore()
    {
        double worst = 0;
        foreach (var figure in FigureCatalog.OnlyWhenNamed(FigureScale.Snapshot))
            foreach (var item in new SweepPlan(FigureScale.Snapshot, 1, figure.Name).Items)
            {
                double native = SensitivitySnapshot.Measure(item, Backend.Select("openblas")).Sensitivity!.Value;
                double managed = SensitivitySnapshot.Measure(item, Backend.Select("managed")).Sensitivity!.Value;
                worst = Math.Max(worst, Math.Abs(native - managed) / Math.Abs(native));
            }
        _output.WriteLine($"largest relative difference, managed against OpenBLAS: {worst:G3}; rtol {SensitivitySnapshotTolerance.Rtol:G3}");
        Assert.True(worst * 100 <= SensitivitySnapshotTolerance.Rtol, $"backends differ by {worst:G3} relative, over rtol/100");
    }
}

namespace RobustMem.Snapshots;

/// <summary>The tolerance table is what it says it is: a quarter of the measured seed spread, below the 10% move it must catch.</summary>
public class SnapshotToleranceTests
{
    private readonly ITestOutputHelper _output;

    public SnapshotToleranceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Tolerances_AreAQuarterOfTheSeedSpreadOrLess()
    {
        var spread = SnapshotCalibration.MedianRelativeSeedSpread();
        foreach (var (column, value) in spread.OrderBy(p => p.Key))
        {
            double rtol = SnapshotTolerances.ByColumn[column].Rtol;
            _output.WriteLine($"{column}: median relative seed spread {value:G3}, rtol {rtol:G3}");
            Assert.True(rtol <= SnapshotTolerances.FractionOfSeedSpread * value * 1.05,
                $"{column}: rtol {rtol} exceeds a quarter of the measured seed spread {value:G3}");
            Assert.True(rtol < 0.10, $"{column}: rtol {rtol} could not catch a 10% move");
        }
    }
}

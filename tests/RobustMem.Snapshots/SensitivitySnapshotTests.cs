using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Figures;
using RobustMem.LinearAlgebra;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>Each sharper-laws figure's snapshot grid, recomputed at seed 0, matches its approved <c>snapshots/sensitivity-*.snap</c>.</summary>
[Collection(SnapshooterEnvironment.Name)]
public class SensitivitySnapshotTests
{
    public const int Seed = 0;

    public static TheoryData<string> Figures => [.. FigureCatalog.OnlyWhenNamed(FigureScale.Snapshot).Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figure_MatchesApprovedSnapshot(string figure) =>
        SnapshotStore.Match(figure, Obtain(figure, _ => true), SnapshotStore.Read<SensitivitySnapshot>, SensitivitySnapshot.Describe);

    [Fact]
    public void PerturbedFigure_TenPercentAtOnePoint_FailsTheCompare()
    {
        var approved = SnapshotStore.Read<SensitivitySnapshot>(SnapshotStore.PathOf("sensitivity-rf"));
        var rows = approved.Rows.ToArray();
        int middle = rows.Length / 2;
        rows[middle] = rows[middle] with { S = rows[middle].S * 1.10 };
        string? message = SensitivitySnapshot.Describe(approved with { Rows = rows }, approved, "a", "b");
        Assert.NotNull(message);
        Assert.Contains(rows[middle].Point(), message);
        Assert.Contains("+10.0%", message);
        Assert.Null(SensitivitySnapshot.Describe(approved, approved, "a", "b"));
    }

    /// <summary>Negative control: the published code's tanh″ = −2 tanh(1 − tanh) moves the NTK tanh curves beyond tolerance.</summary>
    [Fact]
    public void PublishedTanhSecondDerivative_FailsTheNeuralTangentCompare()
    {
        var tanh = FigureCatalog.OnlyWhenNamed(FigureScale.Snapshot)[1].Curves.First(c => c.Base.Sigma == Activation.Tanh);
        var published = Control.PublishedTanhSecondDerivative.Apply(tanh.AtGrid(2, Seed)).Sigma;
        var obtained = Obtain("sensitivity-ntk", item => item.Curve.Base.Sigma == Activation.Tanh, published);
        var approved = SnapshotStore.Read<SensitivitySnapshot>(SnapshotStore.PathOf("sensitivity-ntk"));
        approved = approved with { Rows = approved.Rows.Where(r => r.Activation == Activation.Tanh.Name).ToArray() };
        string? moved = SensitivitySnapshot.Describe(obtained, approved, "a", "b");
        Assert.True(moved is not null, string.Join("\n", obtained.Rows.Zip(approved.Rows, (o, a) => $"{a.Point()}: {o.S} against {a.S}")));
    }

    private static SensitivitySnapshot Obtain(string figure, Func<SweepItem, bool> only, Activation? replace = null)
    {
        var plan = new SweepPlan(FigureScale.Snapshot, Seed + 1, figure);
        var points = plan.Items.Where(i => i.Seed == Seed && only(i))
            .Select(i => (i, SensitivitySnapshot.Measure(i, Backend.Current, replace is null ? null : r => r with { Activation = replace })));
        return SensitivitySnapshot.Of(figure, Seed, points);
    }
}

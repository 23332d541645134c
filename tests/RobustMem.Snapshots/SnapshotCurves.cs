using RobustMem.Activations;
using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>The snapshotted curves: one representative regime per figure of <c>robustmem reproduce</c>, at <see cref="FigureScale.Snapshot"/> sizes, seed 0.</summary>
public static class SnapshotCurves
{
    public const int Seed = 0;

    /// <summary>Figure name → the regime its snapshot holds, named by that regime.</summary>
    public static IReadOnlyList<CurveSpec> All { get; } = Build();

    public static CurveSpec Named(string name) => All.Single(c => c.Name == name);

    private static CurveSpec[] Build()
    {
        var figures = FigureCatalog.Figures(FigureScale.Snapshot).ToDictionary(f => f.Name);
        var ntkErf = new Regime(ModelKind.NeuralTangent, 8, 4, 1, Activation.Erf, TestPoints: 200);
        return
        [
            figures["rf-relu"].Curves[0],
            figures["ntk-relu"].Curves[0],
            figures["kernels"].Curves[0],
            figures["activations"].Curves[0],
            figures["ridge"].Curves[^1],
            figures["tightness"].Curves[1],
            // NTK erf: the σ″ term of its gradient matters, so this snapshot catches the published code's bug.
            CurveSpec.For(ntkErf, "NTK erf d=8 k=4", SweepGrid.Log(8, 64, 7)),
        ];
    }
}

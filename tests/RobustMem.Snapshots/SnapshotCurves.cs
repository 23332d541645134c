using RobustMem.Activations;
using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Snapshots;

/// <summary>The snapshotted curves: one representative regime per figure of <c>robustmem reproduce</c>, at <see cref="FigureScale.Snapshot"/> sizes, seed 0.</summary>
internal static class SnapshotCurves
{
    public const int Seed = 0;

    /// <summary>Figure name → the regime its snapshot holds, named by that regime.</summary>
    public static IReadOnlyList<CurveSpec> All { get; } = Build();

    public static CurveSpec Named(string name) => All.Single(c => c.Name == name);

    private static CurveSpec[] Build()
    {
        var figures = FigureCatalog.Figures(FigureScale.Snapshot).ToDictionary(f => f.Name);
        var ntkErf = new Regime(Model.NeuralTangent, 8, 4, 1, Activation.Erf, TestPoints: 200);
        return
        [
            Curve(figures, "rf-relu", "rf-relu-d20-k40"),
            Curve(figures, "ntk-relu", "ntk-relu-d8-k4"),
            Curve(figures, "kernels", "rf-kernel-relu-d60"),
            Curve(figures, "activations", "rf-erf-d10-k60"),
            Curve(figures, "ridge", "rf-relu-d20-k40-ridge1"),
            Curve(figures, "tightness", "rf-abs-d20-k60"),
            // NTK erf: the σ″ term of its gradient matters, so this snapshot catches the published code's bug.
            CurveSpec.For(ntkErf, "NTK erf d=8 k=4", SweepGrid.Log(8, 64, 7)),
        ];
    }

    // By name, not position: a curve added to or reordered in a figure must not silently change which one is approved.
    private static CurveSpec Curve(IReadOnlyDictionary<string, FigureSpec> figures, string figure, string curve) =>
        figures[figure].Curves.SingleOrDefault(c => c.Name == curve)
        ?? throw new InvalidOperationException($"figure {figure} has no curve {curve}; its curves: {string.Join(", ", figures[figure].Curves.Select(c => c.Name))}.");
}

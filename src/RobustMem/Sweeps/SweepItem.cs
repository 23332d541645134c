using System.Globalization;
using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>One unit of work of a sweep: one point (n, seed) of one curve of one figure, at its canonical index.</summary>
internal sealed record SweepItem(int Index, FigureSpec Figure, CurveSpec Curve, int N, int Seed)
{
    /// <summary>"figure/curve/n/seed", e.g. <c>rf-relu/rf-relu-d100-k50/37/2</c>: what a manifest lists.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Figure.Name}/{Curve.Name}/{N}/{Seed}");
}

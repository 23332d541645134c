using System.Globalization;
using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>One unit of work of a sweep: one grid point (n, or a width k; null for the kernel) and seed of one curve of one figure, at its canonical index.</summary>
internal sealed record SweepItem(int Index, FigureSpec Figure, CurveSpec Curve, int? X, int Seed)
{
    /// <summary>"figure/curve/x/seed", e.g. <c>rf-relu/rf-relu-d100-k50/37/2</c> or <c>sensitivity-rf/tanh/16/inf/0</c>: what a manifest lists.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Figure.Name}/{Curve.Name}/{SweptVariable.Text(X)}/{Seed}");

    /// <summary>The regime this item fits.</summary>
    public Regime Regime => Curve.AtGrid(X, Seed);
}

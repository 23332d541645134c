using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>A sweep joined from its shards: the plan, the backend that computed it, and every figure's full curves.</summary>
internal sealed record MergedSweep(SweepPlan Plan, string Backend, IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves)> Figures);

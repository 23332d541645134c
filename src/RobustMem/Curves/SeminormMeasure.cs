using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Schema;
using RobustMem.Sweeps;

namespace RobustMem.Curves;

/// <summary>The paper's figures: each point is a fit measured as <see cref="CurveSweep.Measure"/> does (S, the errors, the bound, the rank, S*(0)).</summary>
internal sealed class SeminormMeasure : CurveMeasure
{
    public override string Symbol => "S";

    public override CurvePoint Measure(Regime regime, int? x, bool frontier, ILinearAlgebra la, IProgress<double>? progress) =>
        CurveSweep.Measure(regime, la, frontier: frontier);

    public override void Validate(Regime regime) => regime.Validate();

    public override bool ReportsProgress => false;

    public override IReadOnlyList<string> Pinned { get; } =
        [.. RegimeColumns.Names, "sobolev", "sobolev_stderr", "sobolev_exact", "bound", "bound_kind", "train_error", "test_error", "rank", "sobolev_star0", "ill_posed"];

    public override bool Holds(MeasuredColumn column) => column.InCsv && !column.Probe;
}

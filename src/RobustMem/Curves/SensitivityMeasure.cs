using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Schema;
using RobustMem.SharperLaws;

namespace RobustMem.Curves;

/// <summary>
/// The sharper laws' figures: each point is the min-norm interpolator's sensitivity ‖∇f(x₀)‖ (<see cref="SensitivityProbe"/>),
/// with p and the universal law's √(Nd/p) for a finite model (none for the kernel), and on a file's points the same S in
/// their unit (<c>S_paper</c>).
/// </summary>
/// <param name="paperUnit">√d·c, what S is multiplied by to be in their unit on a file; null on the synthetic figures, whose unit is theirs.</param>
internal sealed class SensitivityMeasure(double? paperUnit = null) : CurveMeasure
{
    /// <summary>√d·c on a file's points (<see cref="Data.Files.FileLaw.PaperUnit"/>); null on the synthetic figures.</summary>
    public double? PaperUnit { get; } = paperUnit;

    public override string Symbol => "‖∇f(x₀)‖";

    public override CurvePoint Measure(Regime regime, int? x, bool frontier, ILinearAlgebra la, IProgress<double>? progress)
    {
        double s = SensitivityProbe.Measure(regime, la, progress);
        // The fit's figures are not measured here: NaN, and the CSV holds none of them.
        return new CurvePoint(regime.N, regime.Seed, double.NaN, double.NaN, null, double.NaN, double.NaN, 0, double.NaN, null, false)
        {
            K = x,
            Sensitivity = s,
            Parameters = x is null ? null : regime.Model.ParameterCount(regime),
            UniversalBound = x is null ? null : ClaimBound.Universal.Of(regime),
            SensitivityPaper = PaperUnit * s,
        };
    }

    public override void Validate(Regime regime) => regime.ValidateForSensitivity();

    public override bool ReportsProgress => true;

    // Written only with S in the paper's unit (a file's figures), so the synthetic figures' bytes stay.
    public override IReadOnlyList<string> Pinned => PaperUnit is null ? Synthetic : Paper;

    private static readonly string[] Synthetic = [.. RegimeColumns.Names, "params", "sensitivity", "universal_bound"];
    private static readonly string[] Paper = [.. Synthetic, "S_paper"];

    public override bool Holds(MeasuredColumn column) => column.InCsv && column.Probe && Pinned.Contains(column.CsvName);
}

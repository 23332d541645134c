using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Schema;

namespace RobustMem.Curves;

/// <summary>
/// What a curve measures at each of its points, and so which columns its CSV holds: the fit's figures with S
/// (<see cref="Seminorm"/>, the paper's figures), or the sharper laws' probe, ‖∇f(x₀)‖ alone (<see cref="SensitivityMeasure"/>).
/// </summary>
/// <remarks>One runner, plan, CSV and merge serve every figure: what differs between the two kinds is this and <see cref="SweptVariable"/>.</remarks>
internal abstract class CurveMeasure
{
    /// <summary>The fit's figures: S, its error, the bound, the errors, the rank, S*(0) where the figure draws it.</summary>
    public static CurveMeasure Seminorm { get; } = new SeminormMeasure();

    /// <summary>What the measure's figures are called in a plot's y label and a summary.</summary>
    public abstract string Symbol { get; }

    /// <summary>One point, at grid point <paramref name="x"/> of its curve.</summary>
    /// <param name="regime">The regime at the point (<see cref="SweptVariable.At"/>).</param>
    /// <param name="x">The grid point.</param>
    /// <param name="frontier">Also compute S*(0) (the figures that draw it).</param>
    /// <param name="la">Backend.</param>
    /// <param name="progress">Told the fraction of a long point done; measures that do not report ignore it.</param>
    public abstract CurvePoint Measure(Regime regime, int? x, bool frontier, ILinearAlgebra la, IProgress<double>? progress);

    /// <summary>Refuses, with one line, a regime this measure cannot run on this machine.</summary>
    public abstract void Validate(Regime regime);

    /// <summary>True when a point can take long enough for a progress line of its own (the paper-size probe's fits).</summary>
    public abstract bool ReportsProgress { get; }

    /// <summary>The CSV's fields in the order its golden output pinned: the regime's, then the measured ones.</summary>
    public abstract IReadOnlyList<string> Pinned { get; }

    /// <summary>The schema's columns this CSV holds; those not <see cref="Pinned"/> are appended in the schema's order.</summary>
    public abstract bool Holds(MeasuredColumn column);
}

using RobustMem.Curves;
using RobustMem.Experiments;

namespace RobustMem.Schema;

/// <summary>One measured figure as every output holds it: its names, how it is read off a point and back from a CSV cell, and its snapshot tolerance.</summary>
/// <param name="Name">Its name in the snapshot files and tolerances, e.g. <c>S_stderr</c>.</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Get">Its value at a point: whole numbers and flags (1 or 0) as doubles, null when absent.</param>
internal sealed record MeasuredColumn(string Name, ColumnKind Kind, Func<IMeasured, double?> Get)
{
    /// <summary>Its name in <c>measure</c>'s JSON; null where the JSON leaves it out.</summary>
    public string? Json { get; init; }

    /// <summary>Puts a value read from a CSV cell back into a point; null for a figure the CSV does not hold (it is derived).</summary>
    public Func<CurvePoint, double?, CurvePoint>? Read { get; init; }

    /// <summary>How far an approved snapshot of it may move; null where snapshots do not hold it.</summary>
    public SnapshotTolerance? Snapshot { get; init; }

    /// <summary>Its name in the CSVs where the JSON has none; the CSVs use the JSON's names (<see cref="CsvName"/>).</summary>
    public string? Csv { get; init; }

    /// <summary>Its name in the curve CSV's header: <c>measure</c>'s JSON name, so that the two outputs read alike.</summary>
    public string CsvName => Json ?? Csv ?? throw new InvalidOperationException($"{Name} has no name in the CSVs: give it a Json or a Csv name.");

    /// <summary>A figure of the sharper laws' probe (<c>Curves.SensitivityMeasure</c>): the width sweeps' CSV holds it, the n-sweeps' does not.</summary>
    public bool Probe { get; init; }

    /// <summary>A curve CSV holds every column it can read back: the n-sweeps' those of the fit, the width sweeps' those of the probe (<see cref="Probe"/>).</summary>
    public bool InCsv => Read is not null;
}

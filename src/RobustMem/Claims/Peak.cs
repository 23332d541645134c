namespace RobustMem.Claims;

/// <summary>The largest value of a curve inside a window, with how far it stands above the window's lowest values on each side.</summary>
/// <param name="N">Where the maximum is.</param>
/// <param name="Value">The maximum.</param>
/// <param name="Prominence">
/// Value / max(lowest value left of it, lowest value right of it) inside the window: 1 when the maximum sits on
/// the window's edge or the curve is flat, large for a sharp peak.
/// </param>
internal sealed record Peak(int N, double Value, double Prominence)
{
    /// <summary>True when the peak is within <paramref name="relativeTolerance"/> of <paramref name="predicted"/> and stands at least <paramref name="minProminence"/> times above both sides.</summary>
    public bool IsAt(int predicted, double relativeTolerance, double minProminence) =>
        Math.Abs(N - predicted) <= relativeTolerance * predicted && Prominence >= minProminence;

    public override string ToString() => FormattableString.Invariant($"peak at n={N} (value {Value:G4}, prominence {Prominence:G3})");
}

namespace RobustMem.Claims;

/// <summary>A closed interval [Lower, Upper] that a claim's ratio must fall in, with where its edges come from.</summary>
/// <param name="Lower">Smallest value that still passes.</param>
/// <param name="Upper">Largest value that still passes (∞ for a one-sided bound).</param>
/// <param name="Origin">How the edges were set: a theorem constant, a standard error, or a calibration run (docs/results/calibration.md).</param>
public sealed record Band(double Lower, double Upper, string Origin)
{
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The band scaled by a positive constant, e.g. a leading-order prediction.</summary>
    public Band Times(double factor, string what) => new(Lower * factor, Upper * factor, $"{Origin} × {what}");

    public override string ToString() =>
        double.IsPositiveInfinity(Upper) ? $"[{Lower:G3}, ∞)" : $"[{Lower:G3}, {Upper:G3}]";
}

namespace RobustMem.Experiments;

/// <summary>What one run of a <see cref="Regime"/> measured. Seminorm figures are NaN when the fit is ill-posed.</summary>
public sealed record Measurement(
    Regime Regime,
    int Repeat,
    double Sobolev,
    double SobolevStdErr,
    double? SobolevExact,
    double TrainError,
    double TestError,
    int Rank,
    bool Interpolates,
    bool IllPosed,
    string Backend) : IMeasured
{
    /// <summary>√n, or √(n/k) for finite NTK: the regime's bound.</summary>
    public double Bound => Regime.Bound;

    /// <summary><c>measure</c> does not compute the frontier; sweeps do (THEORY.md §4).</summary>
    public double? FrontierAtZero => null;

    /// <summary>S/√n, or S/√(n/k) for finite NTK: the ratio the claims bound.</summary>
    public double Ratio => Sobolev / Regime.Bound;
}

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
    /// <summary>The bound of the model's claim (√n, or √(n/k) for finite NTK): the claim says what it is, not the regime.</summary>
    public double Bound => Regime.Model.Claim.BoundOf(Regime);

    /// <summary><c>measure</c> does not compute the frontier; sweeps do (THEORY.md §4).</summary>
    public double? FrontierAtZero => null;

    public double? Sensitivity { get; init; }

    public double? LipschitzLower { get; init; }

    public double? Parameters { get; init; }

    public double? UniversalBound { get; init; }

    /// <summary>S/√n, or S/√(n/k) for finite NTK: the ratio the claims bound.</summary>
    public double Ratio => Sobolev / Bound;
}

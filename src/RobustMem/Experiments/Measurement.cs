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
    string Backend)
{
    /// <summary>S/√n, or S/√(n/k) for finite NTK: the ratio the claims bound.</summary>
    public double Ratio => Sobolev / Regime.Bound;
}

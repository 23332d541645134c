namespace RobustMem.Curves;

/// <summary>One measured point of a curve S(n): one n, one seed.</summary>
/// <param name="N">Training points n.</param>
/// <param name="Seed">Seed of every random stream of the run.</param>
/// <param name="Sobolev">Monte Carlo S of the fitted model; NaN when <paramref name="IllPosed"/>.</param>
/// <param name="SobolevStdErr">Monte Carlo standard error of S; NaN when ill-posed.</param>
/// <param name="SobolevExact">√(vᵀCv) with the closed-form C (RF relu/abs on a rotation-invariant law), else null.</param>
/// <param name="TrainError">Mean squared error on the training set.</param>
/// <param name="TestError">Mean squared error on fresh points; NaN when ill-posed.</param>
/// <param name="Rank">Numerical rank of the fitted system.</param>
/// <param name="Bound">√n, or √(n/k) for finite NTK: the paper's lower bound.</param>
/// <param name="FrontierAtZero">S*(0), the minimum-Sobolev interpolator (THEORY.md §4), where C is exact; else null.</param>
/// <param name="IllPosed">The fit hangs on singular values near round-off (FitReport.IllPosed).</param>
internal sealed record CurvePoint(
    int N,
    int Seed,
    double Sobolev,
    double SobolevStdErr,
    double? SobolevExact,
    double TrainError,
    double TestError,
    int Rank,
    double Bound,
    double? FrontierAtZero,
    bool IllPosed) : Experiments.IMeasured
{
    /// <summary>S/bound, NaN when ill-posed.</summary>
    public double Ratio => Sobolev / Bound;
}

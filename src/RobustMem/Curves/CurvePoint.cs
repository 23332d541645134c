namespace RobustMem.Curves;

/// <summary>One measured point of a curve: one grid point (n, or a width k at fixed n) and one seed.</summary>
/// <remarks>
/// A curve of S against n fills the fit's figures (the positional ones); a curve of the sharper laws' probe against the
/// width (<see cref="SensitivityMeasure"/>) fills only <see cref="K"/> and the probe's figures, and leaves the fit's NaN
/// (its CSV does not hold them). The curve's <see cref="CurveSpec.Measure"/> says which.
/// </remarks>
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
    /// <summary>The width of a width sweep's point; null for its infinite-width kernel, and on an n-sweep, whose width is its curve's.</summary>
    public int? K { get; init; }

    /// <summary>‖∇f(x₀)‖ at one fresh point (the probe's); NaN when the fit is ill-posed; null where not measured (the n-sweeps).</summary>
    public double? Sensitivity { get; init; }

    /// <summary>p (k for RF, kd for NTK) where the probe measured a finite model; else null.</summary>
    public double? Parameters { get; init; }

    /// <summary>√(Nd/p) where the probe measured a finite model; else null.</summary>
    public double? UniversalBound { get; init; }

    /// <summary>The sensitivity in the sharper laws' unit, √d·‖∇_z f(z₀)‖, on a file's points; null elsewhere.</summary>
    public double? SensitivityPaper { get; init; }

    /// <summary>S/bound, NaN when ill-posed.</summary>
    public double Ratio => Sobolev / Bound;
}

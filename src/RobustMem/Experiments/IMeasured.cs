namespace RobustMem.Experiments;

/// <summary>The figures every measured point carries, from <c>measure</c> (<see cref="Measurement"/>) or from a sweep (a curve's point).</summary>
/// <remarks>The columns of <c>Schema.MeasurementSchema</c> read these, so the JSON, the CSV and the snapshots name one figure once.</remarks>
internal interface IMeasured
{
    /// <summary>Monte Carlo S of the fitted model; NaN when ill-posed.</summary>
    double Sobolev { get; }

    /// <summary>Monte Carlo standard error of S; NaN when ill-posed.</summary>
    double SobolevStdErr { get; }

    /// <summary>√(vᵀCv) with the closed-form C where there is one, else null.</summary>
    double? SobolevExact { get; }

    /// <summary>Mean squared error on the training set.</summary>
    double TrainError { get; }

    /// <summary>Mean squared error on fresh points; NaN when ill-posed.</summary>
    double TestError { get; }

    /// <summary>Numerical rank of the fitted system.</summary>
    int Rank { get; }

    /// <summary>The paper's lower bound at this regime: √n, or √(n/k) for finite NTK.</summary>
    double Bound { get; }

    /// <summary>S/bound.</summary>
    double Ratio { get; }

    /// <summary>S*(0), the minimum-Sobolev interpolator, where C is exact and a sweep computed it; else null.</summary>
    double? FrontierAtZero { get; }

    /// <summary>The fit hangs on singular values near round-off.</summary>
    bool IllPosed { get; }

    /// <summary>‖∇f(x₀)‖ at one fresh point x₀ of the law (issue 13, THEORY.md §5.1); null where not measured (sweeps).</summary>
    double? Sensitivity => null;

    /// <summary>A lower estimate of Lip(f): the largest ‖∇f‖ over the Monte Carlo points, raised by ascent on the sphere ‖x‖ = ‖x₀‖.</summary>
    double? LipschitzLower => null;

    /// <summary>The parameter count p the universal law counts (k for RF, kd for NTK); null for a kernel.</summary>
    double? Parameters => null;

    /// <summary>√(nd/p), the universal law's bound (Bubeck &amp; Sellke 2021); null for a kernel.</summary>
    double? UniversalBound => null;

    /// <summary>The sensitivity in the sharper laws' unit, √d·‖∇_z f(z₀)‖, on a file's points (a -real figure's <c>S_paper</c>); else null.</summary>
    double? SensitivityPaper => null;
}

namespace RobustMem.Fit;

/// <summary>What a solver found about the system it solved.</summary>
/// <param name="Rank">Numerical rank: singular values above <paramref name="Cutoff"/>.</param>
/// <param name="Interpolates">Rank equals n and no ridge: the fit reproduces every training label.</param>
/// <param name="IllPosed">
/// A retained singular value is below √ε·s_max: the solution's digits are set by rounding, so figures
/// derived from it are reported as ill-posed, never as numbers (THEORY.md §1, "Fitting").
/// </param>
/// <param name="Cutoff">max(n, m)·ε·s_max, the rank tolerance of numpy.linalg.matrix_rank and scipy.linalg.pinv.</param>
/// <param name="SmallestRetained">Smallest singular value kept.</param>
/// <param name="LargestSingular">s_max.</param>
/// <remarks>
/// Exact on the SVD, dgelsd and eigen routes. On the fast routes that factor without singular values (kernel Cholesky,
/// feature-space QR) the two singular values are power-iteration estimates; those routes are taken only when a condition
/// bound already settles rank, interpolation and ill-posedness.
/// </remarks>
public sealed record FitReport(int Rank, bool Interpolates, bool IllPosed, double Cutoff, double SmallestRetained, double LargestSingular)
{
    /// <summary>Unit round-off of IEEE double, as numpy's finfo(float64).eps.</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Relative threshold below which a kept singular value makes the regime ill-posed.</summary>
    public static readonly double IllPosedRatio = Math.Sqrt(MachineEpsilon);

    internal static FitReport From(ReadOnlySpan<double> singularDescending, int rows, int columns, double ridge)
    {
        double sMax = singularDescending.Length > 0 ? singularDescending[0] : 0;
        double cutoff = Math.Max(rows, columns) * MachineEpsilon * sMax;
        int rank = 0;
        while (rank < singularDescending.Length && singularDescending[rank] > cutoff) rank++;
        double smallest = rank > 0 ? singularDescending[rank - 1] : 0;
        bool illPosed = ridge == 0 && rank > 0 && smallest < IllPosedRatio * sMax;
        return new FitReport(rank, ridge == 0 && rank == rows, illPosed, cutoff, smallest, sMax);
    }

    /// <summary>
    /// The report of a feature fit made through its Gram ZZᵀ (a dual route): the Gram's eigenvalues are Z's squared
    /// singular values, so the report is put in Z's units, as the dense route's. A Gram the Cholesky route did not certify
    /// is ill-posed: its rounding ε·λ_max hides any singular value below √ε·s_max, the ill-posed line itself.
    /// </summary>
    internal static FitReport OfFeatureGram(FitReport gram, int rows, long columns, bool certified)
    {
        double largest = Math.Sqrt(gram.LargestSingular), smallest = Math.Sqrt(Math.Max(gram.SmallestRetained, 0));
        double cutoff = Math.Max(rows, columns) * MachineEpsilon * largest;
        return new FitReport(gram.Rank, gram.Interpolates, gram.IllPosed || !certified, cutoff, smallest, largest);
    }
}

using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// The eigenvalues of the Gram matrix over n, ZZᵀ/n (finite model) or K/n (kernel), ascending: the scale a ridge λ is
/// measured against. In v_λ = (ZᵀZ + nλI)⁻¹Zᵀy the component along the eigenvector of eigenvalue μ is shrunk by
/// μ/(μ + λ), so λ far below μ_min is min-norm and λ far above μ_max is f ≈ 0.
/// </summary>
internal static class GramSpectrum
{
    /// <summary>Eigenvalues of the fitted experiment's training Gram matrix over n, ascending (LAPACK dsyevd).</summary>
    public static double[] Of(FittedExperiment fitted, ILinearAlgebra? la = null)
    {
        la ??= Backend.Current;
        var x = fitted.Train.X;
        var gram = fitted.TrainGram(la);
        return la.Eigen(gram).Values.Select(v => v / x.RowCount).ToArray();
    }

    /// <summary>The q-quantile of ascending values, by the nearest rank.</summary>
    public static double Quantile(double[] ascending, double q) => ascending[(int)Math.Round(q * (ascending.Length - 1))];
}

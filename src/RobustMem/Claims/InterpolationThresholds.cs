using RobustMem.Activations;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Claims;

/// <summary>Where claim M puts the peaks of the min-norm S(n): the interpolation thresholds of the regime's model.</summary>
/// <remarks>THEORY.md §2 (claim M) and §1 ("Fitting"); each model states its own (<see cref="Model.InterpolationThresholds"/>).</remarks>
internal static class InterpolationThresholds
{
    /// <summary>The predicted peak locations, ascending.</summary>
    public static IReadOnlyList<int> Predicted(Regime regime) => regime.Model.InterpolationThresholds(regime);

    /// <summary>The rank of the NTK feature map (<see cref="NeuralTangentModel.FeatureRank(int, int, Activations.Activation)"/>).</summary>
    public static int NeuralTangentRank(int d, int k, Activation sigma) => NeuralTangentModel.FeatureRank(d, k, sigma);

    /// <summary>The measured numerical rank of the regime's features on <paramref name="points"/> fresh inputs (seed of the regime).</summary>
    public static int MeasuredFeatureRank(Regime regime, int points)
    {
        if (regime.Model.IsKernel) throw new ArgumentException("kernel models have no finite feature map.", nameof(regime));
        return Experiment.Fit(regime with { N = points, Ridge = 0 }).Report.Rank;
    }
}

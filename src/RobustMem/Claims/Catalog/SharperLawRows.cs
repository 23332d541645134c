using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// The rule behind the sharper laws' bands (claims B-RF, B-NTK-even, B-NTK-plateau, U): exp(mean ± 4.5 sd) of the figure's
/// logarithm per subgroup (<see cref="ModelActivation"/>), from the calibration run of docs/results/calibration.md ("The
/// sharper laws"): FsCheck seeds 0..99 of each property, 2026-11-30, OpenBLAS; the same rule as <see cref="ScalingRows"/>.
/// Figures in the origins: mean (log sd), regimes.
/// </summary>
internal static class SharperLawRows
{
    /// <summary>The origin of a row calibrated on seeds 0..99.</summary>
    public static string Origin(string figures) => $"calibrated, seeds 0..99 (2026-11-30), exp(mean ± 4.5 sd) of the log: {figures}";

    /// <summary>The origin of a row calibrated on seeds 0..399.</summary>
    public static string Origin0To399(string figures) => $"calibrated, seeds 0..399 (2026-11-30), exp(mean ± 4.5 sd) of the log: {figures}";

    /// <summary>A claim's table of rows per model and activation, refusing a subgroup without one.</summary>
    public static BandTable<ModelActivation, (Band, Band)> Table(string claimId, Dictionary<ModelActivation, (Band, Band)> rows) =>
        new($"claim {claimId}", rows);

    /// <summary>
    /// A regime of the sharper laws' setting (THEORY.md §5.2), as their cases' families draw it (properties/…/Regimes/
    /// SharperLawSetting.cs): gaussian inputs, W rows N(0, I), pure-noise labels with σ = 1, 200 Monte Carlo points.
    /// </summary>
    public static Regime Setting(Model model, int d, int k, int n, Activation sigma) =>
        new(model, D: d, K: k, N: n, sigma, InputLaw.Gaussian, Noise: 1, TestPoints: 200, WeightsSd: 1, Target: LabelTarget.None);
}

using FsCheck;
using FsCheck.Fluent;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;
using static RobustMem.Properties.Regimes.RegimeFamily;

namespace RobustMem.Properties.Regimes;

/// <summary>
/// The setting of the sharper laws (THEORY.md §5.2): the setting of Bombari, Kiyani &amp; Mondelli 2023 in the harness's
/// unit — gaussian inputs, W rows N(0, I) (<c>--weights-sd 1</c>, pre-activations N(0, ‖x‖²)), pure-noise labels σξ with
/// σ = 1 — at sizes a property can afford. Their grid (d = 1000, N up to 1200) is <c>reproduce --full</c>'s.
/// </summary>
public static class SharperLawSetting
{
    /// <summary>The sharper laws' weight scale in the harness's unit: 1.</summary>
    public const double WeightsSd = 1;

    /// <summary>
    /// Claims B-NTK: d ∈ [64, 72], N ∈ [24, 32] (N ≈ d/2 as in the paper's N ≤ 1.2d), k = 8 and 4k = 32, so p = kd runs
    /// from about 16N to 64N. 4k·d stays below x²'s NTK rank d(d + 1)/2 (2080 at d = 64 against 2048).
    /// </summary>
    public static RegimeFamily NeuralTangent(Activation[] activations) => new(
        $"ntk {string.Join("/", activations.Select(a => a.Name))}, sharper laws (claims B-NTK)",
        from sigma in Gen.Elements(activations)
        from d in Gen.Choose(64, 72)
        from n in Gen.Choose(24, 32)
        from seed in Seed
        select Sharper(Model.NeuralTangent, d, 8, n, sigma, seed),
        r => r.Model == Model.NeuralTangent && activations.Contains(r.Sigma) && r.D >= 64 && r.D <= 72 && r.N >= 24 && r.N <= 32
             && r.K == 8 && IsSharper(r));

    internal static Regime Sharper(Model model, int d, int k, int n, Activation sigma, int seed) =>
        new(model, D: d, K: k, N: n, sigma, InputLaw.Gaussian, Noise: 1, TestPoints: 200, Seed: seed, WeightsSd: WeightsSd, Target: LabelTarget.None);

    internal static bool IsSharper(Regime r) =>
        r.Law == InputLaw.Gaussian && r.Noise == 1 && r.Ridge == 0 && r.WeightsSd == WeightsSd && r.Target == LabelTarget.None;
}

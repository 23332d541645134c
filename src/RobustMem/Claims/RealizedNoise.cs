using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// σ̂, the label noise the regime's own streams draw: σ̂² = ‖y − Xw*‖²/n, the training error of the target itself.
/// </summary>
/// <remarks>
/// At n = 16, ‖ξ‖²/n is χ²₁₆/16 and moves by ±35%; S moves with it. Dividing by σ̂ instead of σ removes that known
/// fluctuation from every band, so the bands are set by the approximation error, not by the χ² spread. σ̂ is drawn for
/// the claim's nominal noise even under a control that fits noiseless labels, so a control keeps the claim's band.
/// </remarks>
internal static class RealizedNoise
{
    /// <summary>σ̂ for the regime's streams at noise level <paramref name="noise"/>.</summary>
    public static double Of(Regime regime, double noise) => OfDataset(Train(regime, noise));

    /// <summary>The training set the regime's own streams draw (repeat 0) at noise level <paramref name="noise"/>.</summary>
    public static Dataset Train(Regime regime, double noise) =>
        Dataset.Draw(regime.Law, regime.N, regime.D, noise, new RandomStreams(regime.Seed).ForRepeat(0), regime.Target);

    /// <summary>The training set at the claim's nominal noise (<see cref="NominalNoise"/>), whatever a control fits.</summary>
    public static Dataset NominalTrain(Regime regime) => Train(regime, NominalNoise(regime));

    /// <summary>σ̂ = ‖y − Xw*‖/√n of a drawn training set.</summary>
    public static double OfDataset(Dataset train) => (train.Y - train.X * train.TargetWeights).L2Norm() / Math.Sqrt(train.N);

    /// <summary>σ̂_eff = √(σ̂² + 1/d) for even activations, σ̂ otherwise (THEORY.md §2).</summary>
    public static double Effective(double sigmaHat, Regime regime) =>
        Math.Sqrt(sigmaHat * sigmaHat + (regime.Sigma.IsEven ? 1.0 / regime.D : 0));

    /// <summary>σ̂_eff = √(σ̂² + 1/d) for even activations, σ̂ otherwise (THEORY.md §2), at the claim's nominal noise.</summary>
    public static double Effective(Regime regime) => Effective(Of(regime, NominalNoise(regime)), regime);

    /// <summary>The noise a claim is stated at: the regime's own, or 1 for a regime generated noiseless.</summary>
    public static double NominalNoise(Regime regime) => regime.Noise > 0 ? regime.Noise : 1;
}

namespace RobustMem.Claims;

/// <summary>
/// A negative control: the same check, with the same band, run on a model where the claim's mechanism is removed, or
/// on a wrong implementation (a wrong variant, docs/results/power.md). A correct check must return FAIL on it;
/// otherwise the band is vacuous. <see cref="ClaimRun"/> is the one place that applies them.
/// </summary>
public enum Control
{
    /// <summary>The claim's own regime.</summary>
    None,
    /// <summary>σ = 0 with the band of the noisy regime (σ̂ of the claim's nominal noise): nothing forces S to grow (THEORY.md §2, claim N).</summary>
    NoLabelNoise,
    /// <summary>Ridge λ = 10 κ(1): memorization is lost and S stays small (claim R).</summary>
    LargeRidge,
    /// <summary>NTK gradients without the σ″ term, as in the published code (THEORY.md §1): a broken model.</summary>
    NoCurvatureTerm,
    /// <summary>σ = 1 where claim N asks for σ = 0: the level bound must then fail.</summary>
    LabelNoise,
    /// <summary>Min-norm (λ = 0) where claim R asks for a ridge: memorization is not lost.</summary>
    NoRidge,
    /// <summary>
    /// f ≡ 0 in place of every fitted model (claim R): S = 0 and training error ‖y‖²/n. It is the λ → ∞ end of the ridge
    /// path, and it satisfied the old claim R (memorization lost, S small); a check that accepts it says nothing.
    /// </summary>
    ZeroModel,
    /// <summary>
    /// The constant-λ·I model (claim R): ridge with λ = κ(1), the Gram diagonal, wherever the check places λ along the
    /// spectrum. This is the smallest of the old claim R's draws {1, 10, 100}·κ(1): nλ exceeds every eigenvalue of the
    /// Gram matrix, the fit is ≈ 0 and the path never passes through the memorizing regime.
    /// </summary>
    ConstantRidge,

    // Wrong variants: bugs a reviewer would inject. Each must be rejected by at least one property of each claim it touches.

    /// <summary>Wrong variant: S multiplied by 1.25 after the fit (a wrong constant in the seminorm).</summary>
    SeminormTimes1_25,
    /// <summary>Wrong variant: S multiplied by 0.8 after the fit.</summary>
    SeminormTimes0_8,
    /// <summary>
    /// Wrong variant: the label generator drops the noise ξ. Unlike <see cref="NoLabelNoise"/>, everything downstream (σ̂,
    /// the linearized scale) is computed from those labels, as the code would, so the scale follows the bug down.
    /// </summary>
    NoiseDroppedFromLabels,
    /// <summary>Wrong variant: W drawn from the training inputs' stream, so its rows copy the data (THEORY.md §1).</summary>
    WeightsFromDataStream,
    /// <summary>Wrong variant: min-norm replaced by a ridge whose λ is the median eigenvalue of the Gram matrix over n.</summary>
    MedianEigenvalueRidge,
    /// <summary>tanh in place of cos (claim B-NTK-even): a non-even activation, whose NTK sensitivity plateaus in k.</summary>
    TanhForCos,
    /// <summary>x²/2 in place of tanh (claim B-RF): μ₁ = 0, so the RF sensitivity keeps falling with k.</summary>
    QuadraticForTanh,
    /// <summary>σ = 0 with the representable linear target (claim U): nothing forces √(nd/p).</summary>
    NoiselessLinearTarget,
    /// <summary>The published sharper-laws code's tanh″ = −2 tanh(1 − tanh), not −2 tanh(1 − tanh²) (claim B-NTK-plateau).</summary>
    PublishedTanhSecondDerivative,
}

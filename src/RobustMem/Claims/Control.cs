namespace RobustMem.Claims;

/// <summary>
/// A negative control: the same check, with the same band, run on a model where the claim's mechanism is removed.
/// A correct check must return FAIL on it; otherwise the band is vacuous.
/// </summary>
public enum Control
{
    /// <summary>The claim's own regime.</summary>
    None,
    /// <summary>σ = 0 with the band of the noisy regime: nothing forces S to grow (THEORY.md §2, claim N).</summary>
    NoLabelNoise,
    /// <summary>Ridge λ = 10 κ(1): memorization is lost and S stays small (claim R).</summary>
    LargeRidge,
    /// <summary>NTK gradients without the σ″ term, as in the published code (THEORY.md §1): a broken model.</summary>
    NoCurvatureTerm,
    /// <summary>σ = 1 where claim N asks for σ = 0: the level bound must then fail.</summary>
    LabelNoise,
    /// <summary>Min-norm (λ = 0) where claim R asks for a ridge: memorization is not lost.</summary>
    NoRidge,
}

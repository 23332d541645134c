using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// One claim in testable form (THEORY.md §2): its id, statement, regime and what must hold, and what a check needs to
/// test it: its bound, the scale that predicts S, and how many independent experiments a check averages. One place says
/// what a claim is; the checks ask it and never branch on which claim they were given.
/// </summary>
public sealed record Claim(string Id, string Statement, string Hypotheses, string MustHold)
{
    /// <summary>The lower bound the claim asserts on what it measures (<see cref="Measures"/>).</summary>
    public required ClaimBound Bound { get; init; }

    /// <summary>What the claim's check measures on each fit: S unless the claim says otherwise (the sensitivity, the Lipschitz estimate, a parameter-norm proxy).</summary>
    public Quantity Measures { get; init; } = Quantity.Seminorm;

    /// <summary>What S is predicted to be, the unit of the check's relative figures.</summary>
    public required ClaimScale Scale { get; init; }

    /// <summary>
    /// Independent experiments <see cref="FrontierCheck"/> averages at each size. Claim I: 1, its band is THEORY.md §3's
    /// constant with a 0.03 spread. The others: 2, their quotients (sd 0.10) carried most of the suite's extrapolated
    /// false-failure rate (the 2026-11-25 calibration); averaging keeps the mean, so the calibrated bands keep
    /// their argument and sit √2 more standard deviations away.
    /// </summary>
    public int Repeats { get; init; } = 2;

    /// <summary>
    /// Independent experiments <see cref="ScalingCheck"/> averages at each size: <see cref="Repeats"/>, except claims II and
    /// III, which average 4. With 2, claim II's quotient band (log sd 0.07) rejected a log–log slope 0.15 away from 1/2
    /// with probability 0.18–0.22 per case, about 0.8 per suite run, and claim III's 0.43 per case, 0.988 per run; the
    /// issue asks for 0.99 (docs/results/power.md, slopes).
    /// </summary>
    public int ScalingRepeats { get => _scalingRepeats ?? Repeats; init => _scalingRepeats = value; }

    private readonly int? _scalingRepeats;

    /// <summary>The bound of this claim for <paramref name="regime"/>.</summary>
    public double BoundOf(Regime regime) => Bound.Of(regime);

    /// <summary>The predicted S for <paramref name="regime"/> fitted to <paramref name="train"/> (see <see cref="ClaimScale"/>).</summary>
    public double Predict(Regime regime, double sigmaHat, Dataset train, bool interpolating = true) =>
        Scale.Predict(regime, Bound, sigmaHat, train, interpolating);

    /// <summary>The prediction on the claim's nominal training set (<see cref="RealizedNoise.NominalTrain"/>), drawn once.</summary>
    public double Predict(Regime regime, bool interpolating = true)
    {
        var train = RealizedNoise.NominalTrain(regime);
        return Predict(regime, RealizedNoise.OfDataset(train), train, interpolating);
    }

    public static readonly Claim InfiniteRandomFeatures = new("I-RF",
        "Theorem: infinite-width random features, d ≳ n.",
        "kernel interpolator of K_RF, σ > 0",
        "every memorizing f has S ≳ √n; min-norm attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0))")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.LeadingOrderConstant, Repeats = 1 };

    public static readonly Claim InfiniteNeuralTangent = new("I-NTK",
        "Theorem: infinite-width neural tangent kernel, d ≳ n.",
        "kernel interpolator of K_NTK, σ > 0",
        "every memorizing f has S ≳ √n; min-norm attains S/√n ≈ σ_eff·√(κ′(0)² + κ″(0)²/d)/(κ(1) − κ(0))")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.LeadingOrderConstant, Repeats = 1 };

    public static readonly Claim FiniteRandomFeatures = new("II",
        "Theorem: finite-width random features, d and k proportional.",
        "n < k, σ > 0",
        "S ≳ √n for every memorizing model (frontier S*), attained by min-norm")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise, ScalingRepeats = 4 };

    public static readonly Claim FiniteNeuralTangent = new("III",
        "Theorem: finite-width neural tangent features, d and k proportional.",
        "n < kd, σ > 0",
        "S ≳ √(n/k) for every memorizing model (frontier S*); the paper says min-norm attains it, measured true for even activations only (THEORY.md §5)")
    { Bound = ClaimBound.SqrtNOverK, Scale = ClaimScale.Linearized, ScalingRepeats = 4 };

    public static readonly Claim Tightness = new("T",
        "Tightness of the lower bounds.",
        "interpolating finite model",
        "S(min-norm)/bound stays bounded as n and k grow, and S(min-norm)/S*(0) stays bounded")
    { Bound = ClaimBound.OfTheModel, Scale = ClaimScale.OfTheModel };

    public static readonly Claim NoiseNecessary = new("N",
        "Label noise is necessary.",
        "σ = 0, target representable (relu, erf, tanh)",
        "S stays at a constant level (≲ ‖w*‖) at σ = 0, and is many times that at σ = 1")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise };

    public static readonly Claim Generality = new("G",
        "Generality over laws and activations.",
        "every log-concave isotropic law (sphere, gaussian, cube, laplace), every activation",
        "the same √n scaling of min-norm S")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.EffectiveNoise };

    public static readonly Claim Ridge = new("R",
        "Ridge regularization.",
        "λ across the Gram spectrum",
        "while the ridge model memorizes (train error ≤ σ̂²/2) S ≳ √n; past the spectrum memorization is lost and S falls below min-norm's; as λ → 0 the path recovers min-norm S")
    { Bound = ClaimBound.SqrtN, Scale = ClaimScale.OfTheModel };

    public static readonly Claim MultipleDescent = new("M",
        "Multiple descent (empirical in the paper).",
        "min-norm S of a finite model as a function of n",
        "S peaks at n = k (RF), at the rank of the NTK features, and at n = d for erf/tanh RF; the test error peaks at the same n")
    { Bound = ClaimBound.None, Scale = ClaimScale.None };

    /// <summary>Bombari, Kiyani &amp; Mondelli 2023 (arXiv:2302.01629), Theorem 1: random features with μ₁ ≠ 0 — sensitivity does not fall with k.</summary>
    public static readonly Claim SharperRandomFeatures = new("B-RF",
        "Theorem (Bombari, Kiyani & Mondelli 2023, §4, Thm. 1): random features, activation with μ₁ = E[gφ(g)] ≠ 0, k ≫ N.",
        "pure-noise labels, gaussian inputs, W rows N(0, I) in the harness's unit (pre-activations N(0, ‖x‖²)), k ≥ 16N",
        "S(4k)/S(k) stays near 1 (a decay like √(N/k) gives 1/2), and S approaches the kernel interpolator's: the universal law is not tight for RF")
    { Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 3 };

    /// <summary>Bombari, Kiyani &amp; Mondelli 2023, Theorem 2: NTK with an even activation attains √(Nd/p).</summary>
    public static readonly Claim SharperNeuralTangentEven = new("B-NTK-even",
        "Theorem (Bombari, Kiyani & Mondelli 2023, §5, Thm. 2): neural tangent features, even activation (φ′ odd), p = kd ≫ N.",
        "pure-noise labels, gaussian inputs, W rows N(0, I) in the harness's unit",
        "S ≍ √(Nd/p) = √(N/k): S/√(Nd/p) in a band and S(4k)/S(k) near 1/2; the universal law (and claim III) is attained")
    { Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 3 };

    /// <summary>Observed in Bombari, Kiyani &amp; Mondelli 2023's figures (not a theorem): NTK with tanh or softplus plateaus in k.</summary>
    public static readonly Claim SharperNeuralTangentPlateau = new("B-NTK-plateau",
        "Observed in the figures of Bombari, Kiyani & Mondelli 2023 (§5, Fig. 2–3), not a theorem: neural tangent features, tanh or softplus.",
        "pure-noise labels, gaussian inputs, W rows N(0, I) in the harness's unit",
        "S(4k)/S(k) stays near 1: the universal law is not attained")
    { Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 3 };

    /// <summary>The universal law of robustness (Bubeck &amp; Sellke 2021, Theorem 3), on S and on a lower estimate of Lip(f).</summary>
    public static readonly Claim UniversalLaw = new("U",
        "Theorem (Bubeck & Sellke 2021, arXiv:2105.12806, Thm. 3): isoperimetric inputs, noisy labels, p parameters.",
        "an interpolating finite model (p = k or kd), label noise σ = 1, gaussian or sphere inputs",
        "Lip(f) ≥ S ≳ √(nd/p), up to logarithmic factors and a constant")
    { Bound = ClaimBound.Universal, Scale = ClaimScale.None, Repeats = 1 };

    /// <summary>
    /// Bubeck, Li &amp; Nagaraj (COLT 2021, arXiv:2009.14444), the weak form they prove: a two-layer network with k neurons
    /// that fits n noisy points has Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k), checked on finite random features (W drawn, a fitted).
    /// </summary>
    /// <remarks>
    /// The measured quantity is the spectral proxy (<see cref="Quantity.ParameterNormProxy"/>), an upper bound on Lip(f).
    /// Their conjecture, Lip(f) itself ≳ √(n/k), is a statement about what <see cref="Quantity.LipschitzEstimate"/> (a
    /// lower estimate of Lip(f)) is compared with; it is stated, not checked. Same scale and family as claim II, in whose
    /// unit (σ̂_eff and min-norm's finite-width factor) the ratio sits near a constant; bands calibrated per subgroup.
    /// </remarks>
    public static readonly Claim BubeckLiNagaraj = new("BLN",
        "Theorem (Bubeck, Li & Nagaraj 2021, COLT, arXiv:2009.14444), weak form: a two-layer network Σ a_j ψ(w_j·x) with k neurons fitting n noisy points.",
        "finite random features (W drawn, a the min-norm fit), n < k, σ > 0, Lip(ψ) finite",
        "Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k) (proven); the conjecture Lip(f) ≳ √(n/k) is what the Lipschitz estimate Lip̂(f) is compared with (stated, not checked)")
    { Bound = ClaimBound.SqrtNOverK, Scale = ClaimScale.EffectiveNoise, Measures = Quantity.ParameterNormProxy };

    public static IReadOnlyList<Claim> All { get; } =
        [InfiniteRandomFeatures, InfiniteNeuralTangent, FiniteRandomFeatures, FiniteNeuralTangent, Tightness, NoiseNecessary, Generality, Ridge, MultipleDescent,
         SharperRandomFeatures, SharperNeuralTangentEven, SharperNeuralTangentPlateau, UniversalLaw, BubeckLiNagaraj];

    /// <summary>The claim with this id; an unknown id throws, naming the known ones.</summary>
    public static Claim ById(string id) => All.SingleOrDefault(c => c.Id == id)
        ?? throw new ArgumentException($"no claim '{id}'; known: {string.Join(", ", All.Select(c => c.Id))}.", nameof(id));

    /// <summary>The theorem that covers the regime's model (<see cref="Models.Model.Claim"/>): I-RF, I-NTK, II or III.
    /// Claims that span models (T, R) take their bound and scale from it.</summary>
    public static Claim Of(Regime regime) => regime.Model.Claim;

    public override string ToString() => Id;
}

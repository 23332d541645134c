namespace RobustMem.Laws;

/// <summary>
/// One law of the three papers, as a row of <c>robustmem laws</c>: what it states and where it is stated. Which claim
/// checks it on which model class, and on which regime, is <see cref="LawRegimes"/>' to say.
/// </summary>
/// <param name="Name">Short name, for progress lines and the JSON.</param>
/// <param name="Statement">What it asserts, in the paper's symbols.</param>
/// <param name="Source">Paper, theorem (or figure) and the harness's claim ids (THEORY.md §2, §5.2).</param>
public sealed record Law(string Name, string Statement, string Source)
{
    /// <summary>Dohmatob's lower bounds in n: the kernels' and finite RF's √n, the finite NTK's √(n/k).</summary>
    public static readonly Law Dohmatob = new("dohmatob",
        "S ≳ √n (√(n/k) for finite NTK) for memorizers; min-norm attains it",
        "Dohmatob 2021, Thms. 1–2 (√n) and 3 (√(n/k)); claims I-RF, I-NTK, II, III");

    /// <summary>Claim III in the width: the √(n/k) law at fixed n as k grows eightfold.</summary>
    public static readonly Law DohmatobInTheWidth = new("dohmatob-width",
        "S ≳ √(n/k) as k grows at fixed n; min-norm attains it",
        "Dohmatob 2021, Thm. 3 and abstract; claim III in k");

    /// <summary>The universal law of robustness.</summary>
    public static readonly Law Universal = new("universal",
        "Lip(f) ≥ S ≳ √(nd/p) for a p-parameter model fitting noisy labels",
        "Bubeck & Sellke 2021, Thm. 3; claim U");

    /// <summary>Bombari, Kiyani &amp; Mondelli's random-features theorem.</summary>
    public static readonly Law SharperRandomFeatures = new("sharper-rf",
        "RF, μ₁ ≠ 0: S plateaus in k at the kernel's; √(Nd/p) not attained",
        "Bombari, Kiyani & Mondelli 2023, Thm. 1; claim B-RF");

    /// <summary>Bombari, Kiyani &amp; Mondelli's NTK theorem for even activations.</summary>
    public static readonly Law SharperNeuralTangentEven = new("sharper-ntk-even",
        "NTK, even φ: S ≍ √(Nd/p), attained",
        "Bombari, Kiyani & Mondelli 2023, Thm. 2; claim B-NTK-even");

    /// <summary>What their figures show for the NTK with tanh or softplus (not a theorem).</summary>
    public static readonly Law SharperNeuralTangentPlateau = new("sharper-ntk-plateau",
        "NTK, tanh or softplus: S plateaus in k; √(Nd/p) not attained",
        "Bombari, Kiyani & Mondelli 2023, Figs. 2–3 (observed, not a theorem); claim B-NTK-plateau");

    /// <summary>Bubeck, Li &amp; Nagaraj's law for two-layer networks: the weak form they prove, on the spectral proxy of Lip(f).</summary>
    public static readonly Law BubeckLiNagaraj = new("bubeck-li-nagaraj",
        "Lip(ψ)·‖a‖₂·‖W‖_op ≳ √(n/k) for a k-neuron network fitting noisy labels; conjecture: Lip(f) ≳ √(n/k), what Lip̂(f) is compared with",
        "Bubeck, Li & Nagaraj 2021 (COLT, arXiv:2009.14444), weak form proven, Lip(f) conjectured; claim BLN");

    /// <summary>Every law, in the order the table prints them.</summary>
    public static IReadOnlyList<Law> All { get; } =
        [Dohmatob, DohmatobInTheWidth, Universal, SharperRandomFeatures, SharperNeuralTangentEven, SharperNeuralTangentPlateau, BubeckLiNagaraj];

    public override string ToString() => Name;
}

using RobustMem.Claims.Catalog;

namespace RobustMem.Laws;

/// <summary>
/// One law of the three papers, as a row of <c>robustmem laws</c>: what it states and where it is stated. Which claim
/// checks it on which model class, and on which regime, is <see cref="LawRegimes"/>' to say.
/// </summary>
/// <remarks>
/// The paper laws are stated once, with the claim that checks them (src/RobustMem/Claims/Catalog/): this type holds no
/// prose of its own, only their order in the table.
/// </remarks>
/// <param name="Name">Short name, for progress lines and the JSON.</param>
/// <param name="Statement">What it asserts, in the paper's symbols.</param>
/// <param name="Source">Paper, theorem (or figure) and the harness's claim ids (THEORY.md §2, §5.2).</param>
public sealed record Law(string Name, string Statement, string Source)
{
    /// <summary>Dohmatob's lower bounds in n: the kernels' and finite RF's √n, the finite NTK's √(n/k).</summary>
    public static Law Dohmatob => Claims.Catalog.Dohmatob.Law;

    /// <summary>Claim III in the width: the √(n/k) law at fixed n as k grows eightfold.</summary>
    public static Law DohmatobInTheWidth => FiniteNeuralTangent.InTheWidth;

    /// <summary>The universal law of robustness (claim U).</summary>
    public static Law Universal => UniversalLaw.Law;

    /// <summary>Bombari, Kiyani &amp; Mondelli's random-features theorem (claim B-RF).</summary>
    public static Law SharperRandomFeatures => Claims.Catalog.SharperRandomFeatures.Law;

    /// <summary>Bombari, Kiyani &amp; Mondelli's NTK theorem for even activations (claim B-NTK-even).</summary>
    public static Law SharperNeuralTangentEven => Claims.Catalog.SharperNeuralTangentEven.Law;

    /// <summary>What their figures show for the NTK with tanh or softplus, not a theorem (claim B-NTK-plateau).</summary>
    public static Law SharperNeuralTangentPlateau => Claims.Catalog.SharperNeuralTangentPlateau.Law;

    /// <summary>Bubeck, Li &amp; Nagaraj's law for two-layer networks: the weak form they prove, on the spectral proxy of Lip(f) (claim BLN).</summary>
    public static Law BubeckLiNagaraj => Claims.Catalog.BubeckLiNagaraj.Law;

    /// <summary>Every law, in the order the table prints them.</summary>
    public static IReadOnlyList<Law> All { get; } =
        [Dohmatob, DohmatobInTheWidth, Universal, SharperRandomFeatures, SharperNeuralTangentEven, SharperNeuralTangentPlateau, BubeckLiNagaraj];

    public override string ToString() => Name;
}

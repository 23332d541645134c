using RobustMem.Laws;

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Dohmatob 2021's lower bounds in n, as one row of <c>robustmem laws</c>: the kernels' and finite RF's √n (Thms. 1–2,
/// claims I-RF, I-NTK, II) and the finite NTK's √(n/k) (Thm. 3, claim III), each model class checked through its own claim.
/// One law over four claims, so it is stated here rather than in one of their files; claim III in the width is
/// <see cref="FiniteNeuralTangent.InTheWidth"/>.
/// </summary>
internal static class Dohmatob
{
    public static Law Law { get; } = new("dohmatob",
        "S ≳ √n (√(n/k) for finite NTK) for memorizers; min-norm attains it",
        "Dohmatob 2021, Thms. 1–2 (√n) and 3 (√(n/k)); claims I-RF, I-NTK, II, III");
}

namespace RobustMem.Claims.Catalog;

/// <summary>
/// Claim M (THEORY.md §2): multiple descent, empirical in the paper. No bound: its check is the peak finder's. Its
/// properties and regime families: properties/RobustMem.Properties/Claims/MultipleDescent/.
/// </summary>
internal static class MultipleDescent
{
    public static Claim Claim { get; } = new("M",
        "Multiple descent (empirical in the paper).",
        "min-norm S of a finite model as a function of n",
        "S peaks at n = k (RF), at the rank of the NTK features, and at n = d for erf/tanh RF; the test error peaks at the same n")
    { Bound = ClaimBound.None, Scale = ClaimScale.None };
}

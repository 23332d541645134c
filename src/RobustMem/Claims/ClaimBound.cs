using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>The lower bound a claim puts on S, as a function of the regime, with the symbol its verdicts print.</summary>
/// <remarks>
/// The checks divide S by this and nothing else: the bound is never divided out in one place and multiplied back in
/// another. Issue 10's universal law adds √(nd/p) here, as one more instance.
/// </remarks>
public sealed record ClaimBound(string Symbol, Func<Regime, double> Of)
{
    /// <summary>√n: Theorems 1 and 2 of Dohmatob (2021), infinite width and finite random features (THEORY.md §2).</summary>
    public static readonly ClaimBound SqrtN = new("√n", r => Math.Sqrt(r.N));

    /// <summary>√(n/k): Theorem 3 of Dohmatob (2021), finite-width neural tangent features (THEORY.md §2).</summary>
    public static readonly ClaimBound SqrtNOverK = new("√(n/k)", r => Math.Sqrt((double)r.N / r.K));

    /// <summary>The bound of the theorem that covers the regime's model (<see cref="Claim.Of"/>): claims T, N, G and R
    /// span models, and each model keeps its own theorem's bound.</summary>
    public static readonly ClaimBound OfTheModel = new("√n or √(n/k)", r => Claim.Of(r).Bound.Of(r));

    public override string ToString() => Symbol;
}

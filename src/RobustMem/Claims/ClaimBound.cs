using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>The lower bound a claim puts on S, as a function of the regime, with the symbols its verdicts, CSVs and plots print.</summary>
/// <remarks>
/// The checks divide S by this and nothing else: the bound is never divided out in one place and multiplied back in
/// another. A model reads its bound from its claim (<see cref="Models.Model.Claim"/>). Issue 10's universal law adds
/// √(nd/p) here, as one more instance.
/// </remarks>
/// <param name="Symbol">"√n", "√(n/k)": for verdicts and plots.</param>
/// <param name="Ascii">"sqrt(n)", "sqrt(n/k)": the CSV's bound_kind column.</param>
/// <param name="ExponentInK">β in bound ∝ k^β at fixed n, for the width verdicts.</param>
/// <param name="Of">The bound's value at a regime.</param>
public sealed record ClaimBound(string Symbol, string Ascii, double ExponentInK, Func<Regime, double> Of)
{
    /// <summary>√n: Theorems 1 and 2 of Dohmatob (2021), infinite width and finite random features (THEORY.md §2).</summary>
    public static readonly ClaimBound SqrtN = new("√n", "sqrt(n)", 0, r => Math.Sqrt(r.N));

    /// <summary>√(n/k): Theorem 3 of Dohmatob (2021), finite-width neural tangent features (THEORY.md §2).</summary>
    public static readonly ClaimBound SqrtNOverK = new("√(n/k)", "sqrt(n/k)", -0.5, r => Math.Sqrt((double)r.N / r.K));

    /// <summary>The bound of the theorem that covers the regime's model (<see cref="Claim.Of"/>): claims T and R span
    /// models, and each model keeps its own theorem's bound. Its exponent in k depends on the model, so it has none.</summary>
    public static readonly ClaimBound OfTheModel = new("√n or √(n/k)", "bound of the model's claim", double.NaN, r => Claim.Of(r).Bound.Of(r));

    /// <summary>
    /// √(nd/p): the universal law of robustness (Bubeck &amp; Sellke 2021, arXiv:2105.12806, Theorem 3) with p the model's
    /// parameter count (k for RF, kd for NTK, <see cref="Models.Model.ParameterCount"/>). A kernel has no finite p: refused.
    /// </summary>
    public static readonly ClaimBound Universal = new("√(nd/p)", "sqrt(nd/p)", -0.5, r =>
        r.Model.IsKernel ? throw new ArgumentOutOfRangeException(nameof(r), r.Model.Name, "the universal law counts parameters; a kernel has no finite p")
            : Math.Sqrt((double)r.N * r.D / r.Model.ParameterCount(r)));

    /// <summary>Claim M bounds no S: it locates peaks. Asking for its value is a bug, refused.</summary>
    public static readonly ClaimBound None = new("none", "none", double.NaN,
        r => throw new InvalidOperationException("this claim puts no bound on S (claim M locates peaks)"));

    public override string ToString() => Symbol;
}

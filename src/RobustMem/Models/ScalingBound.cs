using RobustMem.Experiments;

namespace RobustMem.Models;

/// <summary>A lower bound on S as a function of the regime, with the symbol plots and CSVs print and its exponent in the width.</summary>
/// <remarks>THEORY.md §2: √n for random features and both kernels (claims I, II), √(n/k) for finite NTK (claim III).</remarks>
/// <param name="Symbol">"√n" or "√(n/k)", for text and plots.</param>
/// <param name="Ascii">"sqrt(n)" or "sqrt(n/k)", the CSV's bound_kind column.</param>
/// <param name="ExponentInK">β in bound ∝ k^β at fixed n.</param>
/// <param name="Of">The bound's value at a regime.</param>
public sealed record ScalingBound(string Symbol, string Ascii, double ExponentInK, Func<Regime, double> Of)
{
    public static readonly ScalingBound SqrtN = new("√n", "sqrt(n)", 0, r => Math.Sqrt(r.N));

    public static readonly ScalingBound SqrtNOverK = new("√(n/k)", "sqrt(n/k)", -0.5, r => Math.Sqrt((double)r.N / r.K));
}

using RobustMem.Claims;
using RobustMem.Experiments;

namespace RobustMem.Verdicts;

/// <summary>What <see cref="ExponentVerdicts.InK"/> measured on a family of widths, handed to the claim's width judge.</summary>
/// <param name="Claim">The claim the verdict is on.</param>
/// <param name="Figure">Figure the curves come from.</param>
/// <param name="Regime">The first width's regime (model, activation, law).</param>
/// <param name="Bound">The bound's symbol, "√n" or "√(n/k)".</param>
/// <param name="Exponent">e in S/bound ∝ k^e at equal n, with its interval over seeds: the lower bound's.</param>
/// <param name="Deflated">The same for S/(bound·√(m/(m−n))) (<see cref="ExponentVerdicts.Inflation"/>): tightness's.</param>
/// <param name="Gamma">γ in S ∝ k^γ: <paramref name="Deflated"/> plus the bound's own exponent in k.</param>
/// <param name="Evidence">The verdict's evidence line.</param>
/// <param name="Measured">"S ∝ k^γ, γ = … at equal n", for a disagreement.</param>
internal sealed record WidthFamily(Claim Claim, string Figure, Regime Regime, string Bound, FittedExponent Exponent, FittedExponent Deflated, FittedExponent Gamma, string Evidence, string Measured);

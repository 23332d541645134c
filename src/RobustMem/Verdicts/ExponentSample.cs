namespace RobustMem.Verdicts;

/// <summary>One observation for a log–log exponent fit: log of the variable, log of the ratio, the seed it came from, and its block.</summary>
/// <param name="Seed">The seed: the spread of per-seed exponents is the fit's sampling error.</param>
/// <param name="Block">Observations compared with each other: one curve for an exponent in n, one n for an exponent in k across widths.</param>
/// <param name="LogX">log of n or of k.</param>
/// <param name="LogY">log of S/bound.</param>
internal readonly record struct ExponentSample(int Seed, int Block, double LogX, double LogY);

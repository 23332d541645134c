namespace RobustMem.Claims;

/// <summary>
/// Where a measurement disagrees with the paper's statement: the statement, what was measured (an exponent with its
/// interval), and the later work that explains it. A verdict carries one so that a refutation is reported, not normalised away.
/// </summary>
public sealed record Disagreement(string Statement, string Measured, string Source)
{
    public override string ToString() => $"paper: {Statement}; measured: {Measured}; explained by {Source}";
}

using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// What a claim's check measures on a fit: S by default (<see cref="Seminorm"/>), or the sensitivity, the Lipschitz
/// estimate or a parameter-norm proxy. The checks divide it by the claim's bound and print it under its own symbol.
/// </summary>
/// <remarks>
/// The two-size (<see cref="ScalingCheck"/>), width (<see cref="WidthCheck"/>, <see cref="SensitivityWidthCheck"/>) and
/// level (<see cref="NoiseCheck"/>, <see cref="UniversalLawCheck"/>) checks read it off every fit through
/// <see cref="ClaimRun.Observe"/>; the checks whose figures are the seminorm's own (the frontier S*, the tightness
/// S/S*(0)) refuse any other. Each built-in quantity is one file of this partial class in Claims/Quantities; a claim
/// names its own in <see cref="Claim.Measures"/>, and an extension's quantity subclasses this type.
/// </remarks>
public abstract partial class Quantity
{
    /// <param name="name">What the quantity is, in words: "Sobolev seminorm".</param>
    /// <param name="symbol">How verdicts, the ledger and the tables print it: "S".</param>
    protected Quantity(string name, string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        (Name, Symbol) = (name, symbol);
    }

    /// <summary>What the quantity is, in words.</summary>
    public string Name { get; }

    /// <summary>Its symbol in verdicts, the ledger and the tables.</summary>
    public string Symbol { get; }

    /// <summary>The quantity on a fit, given the fit's measurement (<c>Experiment.Measure</c>); NaN where the fit is ill-posed.</summary>
    public abstract Reading Read(FittedExperiment fitted, Measurement measurement);

    public override string ToString() => Symbol;

    /// <summary>One value of the quantity.</summary>
    /// <param name="Value">The value; NaN for an ill-posed fit.</param>
    /// <param name="StandardError">Its Monte Carlo standard error; 0 where there is none (exact, or a deterministic estimate).</param>
    /// <param name="Exact">The value is exact, not a Monte Carlo estimate.</param>
    public readonly record struct Reading(double Value, double StandardError, bool Exact);
}

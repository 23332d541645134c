using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// The two-size protocol of <see cref="ScalingCheck"/> and <see cref="FrontierCheck"/>: the regime measured at n and at
/// <see cref="Growth"/>·n on independent repeats, the relative values (the measured quantity over the claim's prediction) averaged at each size before their quotient.
/// </summary>
/// <remarks>
/// Averaging before the quotient leaves the expected quotient as it was and shrinks its spread; each check supplies
/// what one repeat measures (<see cref="IProbe"/>) and turns the means into its own conditions.
/// </remarks>
public static class TwoSizes
{
    /// <summary>How much larger the second size is: a slope s of S gives a quotient of 4^{s − 1/2}.</summary>
    public const int Growth = 4;

    /// <summary>What one repeat measured at both sizes.</summary>
    public interface IProbe
    {
        /// <summary>The measured quantity over the claim's prediction at n.</summary>
        double Rel1 { get; }

        /// <summary>The measured quantity over the claim's prediction at 4n.</summary>
        double Rel4 { get; }

        /// <summary>The measured quantity (<see cref="Claim.Measures"/>) at 4n.</summary>
        double Value4 { get; }

        /// <summary>The claim's predicted value at 4n (<see cref="Claim.Predict(Regime, double, Data.Dataset, bool)"/>).</summary>
        double Predicted4 { get; }
    }

    /// <summary>The repeats and their means.</summary>
    /// <param name="Large">The regime at 4n.</param>
    /// <param name="Probes">One per repeat, repeat 0 first.</param>
    public sealed record Result<TProbe>(Regime Large, IReadOnlyList<TProbe> Probes) where TProbe : IProbe
    {
        public double Rel1 { get; } = Probes.Average(p => p.Rel1);

        public double Rel4 { get; } = Probes.Average(p => p.Rel4);

        /// <summary>Quotient of the means, relative(4n)/relative(n).</summary>
        public double Quotient => Rel4 / Rel1;

        public double Value4 { get; } = Probes.Average(p => p.Value4);

        public double Predicted4 { get; } = Probes.Average(p => p.Predicted4);

        /// <summary>Repeat 0's own quotient, for the ledger: what one draw would have said.</summary>
        public double QuotientOfFirst => Probes[0].Rel4 / Probes[0].Rel1;
    }

    /// <summary>Measures <paramref name="repeats"/> independent repeats of <paramref name="regime"/> (<see cref="ClaimRun.Repeat"/>) at both sizes.</summary>
    public static Result<TProbe> Run<TProbe>(Regime regime, int repeats, Func<Regime, TProbe> measure) where TProbe : IProbe =>
        new(Larger(regime), Enumerable.Range(0, repeats).Select(r => measure(ClaimRun.Repeat(regime, r))).ToList());

    /// <summary>The regime at <see cref="Growth"/>·n.</summary>
    public static Regime Larger(Regime regime) => regime with { N = Growth * regime.N };
}

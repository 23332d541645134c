using System.Globalization;

namespace RobustMem.Verdicts;

/// <summary>A fitted log–log exponent with its two-sided confidence interval and what it rests on.</summary>
/// <param name="Value">Least-squares slope over every sample, within blocks.</param>
/// <param name="Lower">Lower end of the interval; −∞ when there is no spread to estimate it from.</param>
/// <param name="Upper">Upper end of the interval; +∞ when there is no spread to estimate it from.</param>
/// <param name="Seeds">Seeds with a per-seed slope.</param>
/// <param name="Points">Samples used.</param>
/// <param name="Spread">Where the interval comes from, e.g. "3 per-seed slopes, t(2)".</param>
internal sealed record FittedExponent(double Value, double Lower, double Upper, int Seeds, int Points, string Spread)
{
    /// <summary>No samples: nothing can be said.</summary>
    public static FittedExponent None(string why) => new(double.NaN, double.NegativeInfinity, double.PositiveInfinity, 0, 0, why);

    public double Width => Upper - Lower;

    /// <summary>The same fit shifted by a constant, e.g. from the exponent of S/bound to that of S.</summary>
    public FittedExponent Plus(double shift) => this with { Value = Value + shift, Lower = Lower + shift, Upper = Upper + shift };

    public override string ToString() => double.IsNaN(Value)
        ? Spread
        : $"{Signed(Value)} [{Signed(Lower)}, {Signed(Upper)}]";

    private static string Signed(double x) => double.IsInfinity(x)
        ? (x > 0 ? "+∞" : "−∞")
        : x.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);
}

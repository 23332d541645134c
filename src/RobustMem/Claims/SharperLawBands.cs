using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>
/// The bands of the sharper laws' checks (<see cref="SensitivityWidthCheck"/>, <see cref="UniversalLawCheck"/>), keyed by
/// claim and subgroup (model and activation), each with its origin. A key without a row is refused with the list.
/// </summary>
public static class SharperLawBands
{
    /// <summary>The subgroup key: claim id, model name and activation name.</summary>
    public static string Key(Claim claim, Regime regime) => $"{claim.Id} | {regime.Model.Name} {regime.Sigma.Name}";

    /// <summary>Claim B-NTK-even: the band of S/√(Nd/p) and of Q = S(4k)/S(k).</summary>
    public static (Band Level, Band Quotient) Decay(Claim claim, Regime regime) => Lookup(DecayTable, claim, regime);

    /// <summary>Claims B-RF and B-NTK-plateau: the band of Q and of S(4k)/S(kernel).</summary>
    public static (Band Quotient, Band ToKernel) Plateau(Claim claim, Regime regime) => Lookup(PlateauTable, claim, regime);

    /// <summary>Claim U: the floor of S/√(nd/p) and of lipschitz_lower/√(nd/p) for the model class.</summary>
    public static Band Universal(Regime regime) =>
        UniversalTable.TryGetValue(regime.Model.Name, out var band) ? band
            : throw new ArgumentOutOfRangeException(nameof(regime), regime.Model.Name, $"claim U has calibrated floors for {string.Join(", ", UniversalTable.Keys)} only");

    private static T Lookup<T>(Dictionary<string, T> table, Claim claim, Regime regime) =>
        table.TryGetValue(Key(claim, regime), out var bands) ? bands
            : throw new ArgumentOutOfRangeException(nameof(regime), Key(claim, regime), $"no calibrated band; calibrated: {string.Join("; ", table.Keys)}");

    private const string Provisional = "PROVISIONAL (2 seeds, 2026-11-30): to be calibrated";

    private static readonly Dictionary<string, (Band Level, Band Quotient)> DecayTable = new()
    {
        ["B-NTK-even | ntk cos"] = (new Band(1, 3, Provisional), new Band(0.4, 0.7, Provisional)),
        ["B-NTK-even | ntk quadratic"] = (new Band(1, 3, Provisional), new Band(0.4, 0.7, Provisional)),
    };

    private static readonly Dictionary<string, (Band Quotient, Band ToKernel)> PlateauTable = new()
    {
        ["B-RF | rf tanh"] = (new Band(0.8, 1.2, Provisional), new Band(0.9, 1.15, Provisional)),
        ["B-RF | rf softplus"] = (new Band(0.8, 1.2, Provisional), new Band(0.9, 1.15, Provisional)),
        ["B-NTK-plateau | ntk tanh"] = (new Band(0.8, 1.2, Provisional), new Band(0.9, 1.15, Provisional)),
        ["B-NTK-plateau | ntk softplus"] = (new Band(0.8, 1.2, Provisional), new Band(0.9, 1.15, Provisional)),
    };

    private static readonly Dictionary<string, Band> UniversalTable = new()
    {
        ["rf"] = new Band(1, double.PositiveInfinity, Provisional),
        ["ntk"] = new Band(1, double.PositiveInfinity, Provisional),
    };
}

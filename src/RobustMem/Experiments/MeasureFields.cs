namespace RobustMem.Experiments;

/// <summary>
/// The expensive figures of a measurement, which <c>measure --fields</c> chooses (issue 19); a figure not asked for is not
/// computed and prints as null. <see cref="All"/> is measure's default; the sweeps and claim checks take <see cref="Paper"/>.
/// </summary>
/// <remarks>Each is named by its JSON key. The fit, the train error, the rank and the bounds are always there: they cost nothing beyond the fit.</remarks>
[Flags]
public enum MeasureFields
{
    None = 0,

    /// <summary><c>sobolev</c> (and its standard error and ratio): ∇f at the t Monte Carlo points.</summary>
    Sobolev = 1,

    /// <summary><c>sobolev_exact</c>: √(vᵀCv) with the closed-form C (k²·d work for RF relu/abs on a rotation-invariant law).</summary>
    SobolevExact = 2,

    /// <summary><c>test_error</c>: f at t fresh labelled points.</summary>
    TestError = 4,

    /// <summary><c>sensitivity</c>: ∇f at one fresh point x₀.</summary>
    Sensitivity = 8,

    /// <summary><c>lipschitz_lower</c>: ∇f at the t Monte Carlo points, then the ascent's few dozen gradient calls.</summary>
    LipschitzLower = 16,

    /// <summary>What the Dohmatob figures need: the sweeps and claim checks measure these.</summary>
    Paper = Sobolev | SobolevExact | TestError,

    /// <summary>Every figure: measure's default output.</summary>
    All = Paper | Sensitivity | LipschitzLower,
}

/// <summary>The JSON names of <see cref="MeasureFields"/>, for <c>--fields</c> and its messages.</summary>
public static class MeasureFieldNames
{
    /// <summary>Each field with its JSON key, in the JSON's order.</summary>
    public static IReadOnlyList<(MeasureFields Field, string Name)> Each { get; } =
    [
        (MeasureFields.Sobolev, "sobolev"), (MeasureFields.SobolevExact, "sobolev_exact"), (MeasureFields.TestError, "test_error"),
        (MeasureFields.Sensitivity, "sensitivity"), (MeasureFields.LipschitzLower, "lipschitz_lower"),
    ];

    /// <summary>A comma-separated list of names ("all" for every one); the message lists the valid names.</summary>
    public static MeasureFields Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim() == "all") return MeasureFields.All;
        var fields = MeasureFields.None;
        foreach (var raw in text.Split(','))
        {
            string name = raw.Trim();
            var match = Each.FirstOrDefault(e => e.Name == name);
            if (match.Name is null)
                throw new ArgumentException($"--fields: unknown field '{name}'; expected a comma-separated list of {string.Join(", ", Each.Select(e => e.Name))}, or all.");
            fields |= match.Field;
        }
        return fields;
    }

    /// <summary>"sobolev,test_error", in the JSON's order.</summary>
    public static string Format(MeasureFields fields) =>
        fields == MeasureFields.All ? "all" : string.Join(",", Each.Where(e => fields.HasFlag(e.Field)).Select(e => e.Name));
}

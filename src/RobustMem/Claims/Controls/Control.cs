using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

/// <summary>
/// A negative control: the same check, with the same band, run on a model where the claim's mechanism is removed, or
/// on a wrong implementation (a wrong variant, CONTRIBUTING.md's power table). A correct check must return FAIL on it;
/// otherwise the band is vacuous.
/// </summary>
/// <remarks>
/// A control says how it changes the run, in four places, each defaulting to the claim's own run: the regime fitted
/// (<see cref="Apply"/>: noise, ridge, activation, target), the parts of the fit (<see cref="Parts"/>: how data and
/// weights are drawn, the NTK's curvature term), the model fitted (<see cref="Fit"/>, <see cref="Measure"/>) and a
/// factor on the measured quantity after the fit (<see cref="SeminormFactor"/>). The σ̂ and data a check's scale is computed from follow the
/// fit unless the control overrides <see cref="ScaleNoise"/> and <see cref="ScaleData"/>.
/// <para>
/// Each built-in control is one file of this partial class in Claims/Controls: a static property naming the instance
/// and, where it needs one, a private nested type with its overrides. <see cref="BuiltIn"/> finds them by reflection, so
/// a new control is that one file; an extension's control subclasses this type and calls <see cref="Register"/>.
/// </para>
/// </remarks>
public abstract partial class Control
{
    // Lazy: the built-in instances are static properties of the other partial files, whose initializers run in an order
    // the language leaves open; reading them on first use sees them all set.
    private static readonly Lazy<IReadOnlyList<Control>> BuiltInControls = new(FindBuiltIn);
    private static readonly Lazy<NamedRegistry<Control>> Registry = new(() => new NamedRegistry<Control>("control", BuiltIn, c => c.Name, "name"));

    /// <param name="name">The control's name: the ledger, the calibration's --variants and the verdict's message use it.</param>
    protected Control(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The control's name, e.g. "NoLabelNoise".</summary>
    public string Name { get; }

    /// <summary>The regime actually fitted: the control's noise, ridge, activation or target replace the claim's.</summary>
    public virtual Regime Apply(Regime regime) => regime;

    /// <summary>How the control draws data and weights; <see cref="FitParts.Standard"/> for the rest.</summary>
    public virtual FitParts Parts => FitParts.Standard;

    /// <summary>The factor a wrong-constant variant multiplies the measured quantity (S, and its standard error) by after the fit; 1 otherwise.</summary>
    public virtual double SeminormFactor => 1;

    /// <summary>Fits the regime <see cref="Apply"/> returned: repeat 0 of <see cref="Experiment.Fit"/> with <see cref="Parts"/>.</summary>
    /// <returns>The regime fitted (a control that picks its ridge from the fit's spectrum returns it) and the fit.</returns>
    public virtual (Regime Fitted, FittedExperiment Experiment) Fit(Regime fitted, ILinearAlgebra la) =>
        (fitted, Experiment.Fit(fitted, 0, la, Parts));

    /// <summary>Measures the fit: the claim's <paramref name="quantity"/> (S by default), times <see cref="SeminormFactor"/>.</summary>
    public virtual Observation Measure(Regime fitted, FittedExperiment experiment, Quantity quantity, ILinearAlgebra la)
    {
        var m = Experiment.Measure(experiment, la.Name);
        var reading = quantity.Read(experiment, m);
        double factor = SeminormFactor;
        return new Observation(fitted, quantity, factor * reading.Value, factor * reading.StandardError, reading.Exact, m.TrainError, experiment);
    }

    /// <summary>σ̂ that scales the claim's ratios: the one of the labels the fit saw.</summary>
    public virtual double ScaleNoise(Observation observation, Regime claimRegime) => observation.SigmaHat;

    /// <summary>The training set the scale is computed from: the fit's own.</summary>
    public virtual Dataset ScaleData(Observation observation, Regime claimRegime) => observation.Experiment.Train;

    /// <summary>Every built-in control: the static <see cref="Control"/> properties of this class, <see cref="None"/> first.</summary>
    public static IReadOnlyList<Control> BuiltIn => BuiltInControls.Value;

    /// <summary>The built-in controls and those registered.</summary>
    public static IReadOnlyList<Control> All => Registry.Value.All;

    /// <summary>The control of that name (case-insensitive); the message lists the known ones.</summary>
    public static Control Parse(string name) => Registry.Value.Parse(name);

    /// <summary>Makes an extension's control known to <see cref="Parse"/> (and so to the calibration's --variants).</summary>
    public static void Register(Control control) => Registry.Value.Register(control);

    public override string ToString() => Name;

    private static IReadOnlyList<Control> FindBuiltIn() => typeof(Control)
        .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(Control))
        .Select(p => (Control)p.GetValue(null)!)
        .OrderBy(c => c == None ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal)
        .ToList();
}

using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Properties.Regimes;

namespace RobustMem.Properties.Cases;

/// <summary>
/// One claim case: a property of the suite and a row of the calibration. The check turns a regime drawn from the family
/// into a verdict under a control; <see cref="Control.None"/> is the claim itself.
/// </summary>
/// <param name="Name">The claim's id and the property's name, e.g. "II BestMemorizer_GrowsLikeSqrtN"; the calibration filters on it.</param>
/// <param name="Family">The regimes inside the claim's hypotheses that the property and the calibration draw from.</param>
/// <param name="Check">The claim's check; it takes the control so that the calibration can also run wrong variants.</param>
/// <param name="Control">What the case removes from the claim's mechanism, or <see cref="Control.None"/>.</param>
public sealed record ClaimCase(string Name, RegimeFamily Family, Func<Regime, Control, ClaimVerdict> Check, Control Control)
{
    /// <summary>
    /// A negative control must make the check fail, or the band could not tell the claim from its absence. Derived, not
    /// stated, so that a case cannot be a control that is expected to pass.
    /// </summary>
    public bool MustFail => Control != Control.None;

    /// <summary>The case's own verdict on a regime.</summary>
    public ClaimVerdict Run(Regime regime) => Check(regime, Control);
}

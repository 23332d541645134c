using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Properties.Regimes;

namespace RobustMem.Calibration;

/// <summary>
/// One property of RobustMem.Properties as the calibration runs it: its family, its check under a control, the control
/// the property applies (<see cref="Control.None"/> for the claim itself), and whether it is a control (must FAIL).
/// </summary>
internal sealed record CalibrationCase(string Property, RegimeFamily Family, Func<Regime, Control, ClaimVerdict> Check, Control Control)
{
    public bool IsControl => Control != Control.None;

    /// <summary>The property's own verdict on a regime.</summary>
    public ClaimVerdict Run(Regime regime) => Check(regime, Control);
}

using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Properties.Regimes;

namespace RobustMem.Calibration;

/// <summary>One property of RobustMem.Properties as the calibration runs it: its family, its check, and whether it is a control (must FAIL).</summary>
internal sealed record CalibrationCase(string Property, RegimeFamily Family, Func<Regime, ClaimVerdict> Check, bool IsControl);

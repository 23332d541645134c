using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Models;

namespace RobustMem.ExtensionSample;

/// <summary>Registers the toy law, model and control, as an extension package would at start-up; safe to call more than once.</summary>
public static class ToyExtensions
{
    public static void Register()
    {
        InputLawRegistry.Register(RademacherLaw.Instance);
        ModelRegistry.Register(LinearModel.Instance);
        Control.Register(HalfLabelNoise.Instance);
    }
}

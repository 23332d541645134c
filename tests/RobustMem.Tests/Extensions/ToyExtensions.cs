using RobustMem.Data;
using RobustMem.Models;

namespace RobustMem.Tests.Extensions;

/// <summary>Registers the toy law and model, as an extension package would at start-up; safe to call more than once.</summary>
internal static class ToyExtensions
{
    public static void Register()
    {
        InputLawRegistry.Register(RademacherLaw.Instance);
        ModelRegistry.Register(LinearModel.Instance);
    }
}

using RobustMem.Claims;
using RobustMem.Experiments;

namespace RobustMem.ExtensionSample;

/// <summary>
/// A toy control defined outside the library, in one file as docs/how-to/add-a-control.md asks: the claim's run with
/// half its label noise. A √n bound scaled by σ̂ should survive it (σ̂ follows the fit); its use here is that it
/// compiles against the public surface and is found by name once registered.
/// </summary>
public sealed class HalfLabelNoise() : Control("HalfLabelNoise")
{
    public static readonly HalfLabelNoise Instance = new();

    public override Regime Apply(Regime regime) => regime with { Noise = regime.Noise / 2 };
}

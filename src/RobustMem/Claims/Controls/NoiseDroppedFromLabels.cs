using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>
    /// Wrong variant: the label generator drops the noise ξ. Unlike <see cref="NoLabelNoise"/>, everything downstream (σ̂,
    /// the linearized scale) is computed from those labels, as the code would, so the scale follows the bug down.
    /// </summary>
    public static Control NoiseDroppedFromLabels { get; } = new NoiseDroppedFromLabelsControl();

    private sealed class NoiseDroppedFromLabelsControl() : Control(nameof(NoiseDroppedFromLabels))
    {
        // The bug: ξ never reaches the labels. σ̂ and the scales are then computed from these labels (ScaleNoise).
        public override FitParts Parts { get; } = new() { Data = (r, s) => Dataset.Draw(r.Law, r.N, r.D, 0, s) };
    }
}

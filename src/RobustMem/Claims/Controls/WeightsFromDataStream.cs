using RobustMem.Experiments;
using RobustMem.Features;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>Wrong variant: W drawn from the training inputs' stream, so its rows copy the data (THEORY.md §1).</summary>
    public static Control WeightsFromDataStream { get; } = new WeightsFromDataStreamControl();

    private sealed class WeightsFromDataStreamControl() : Control(nameof(WeightsFromDataStream))
    {
        // The bug of THEORY.md §1: one stream for W and X, so W's rows copy the data's Gaussian draws.
        public override FitParts Parts { get; } = new() { Weights = (r, s) => WeightSampler.Draw(r.K, r.D, s.TrainInputs) };
    }
}

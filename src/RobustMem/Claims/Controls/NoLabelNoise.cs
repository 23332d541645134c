using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>σ = 0 with the band of the noisy regime (σ̂ of the claim's nominal noise): nothing forces S to grow (THEORY.md §2, claim N).</summary>
    public static Control NoLabelNoise { get; } = new NoLabelNoiseControl();

    private sealed class NoLabelNoiseControl() : Control(nameof(NoLabelNoise))
    {
        public override Regime Apply(Regime regime) => regime with { Noise = 0 };

        // The band is kept by drawing σ̂ at the claim's nominal noise: the control asks whether the band can tell noiseless
        // S from noisy S, not whether σ̂ is right (RunSanity.NoiseInChiSquareBand checks that).
        public override double ScaleNoise(Observation observation, Regime claimRegime) =>
            RealizedNoise.OfDataset(RealizedNoise.NominalTrain(claimRegime));

        public override Dataset ScaleData(Observation observation, Regime claimRegime) => RealizedNoise.NominalTrain(claimRegime);
    }
}

using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>Wrong variant: min-norm replaced by a ridge whose λ is the median eigenvalue of the Gram matrix over n.</summary>
    public static Control MedianEigenvalueRidge { get; } = new MedianEigenvalueRidgeControl();

    private sealed class MedianEigenvalueRidgeControl() : Control(nameof(MedianEigenvalueRidge))
    {
        public override (Regime Fitted, FittedExperiment Experiment) Fit(Regime fitted, ILinearAlgebra la) =>
            base.Fit(fitted with { Ridge = MedianGramEigenvalue(fitted, la) / fitted.N }, la);

        /// <summary>The median eigenvalue of the Gram matrix ZZᵀ (or K) of the regime's min-norm fit: element n/2 of the ascending spectrum.</summary>
        private double MedianGramEigenvalue(Regime regime, ILinearAlgebra la)
        {
            var spectrum = GramSpectrum.Of(Experiment.Fit(regime with { Ridge = 0 }, 0, la, Parts), la);
            return regime.N * spectrum[spectrum.Length / 2];
        }
    }
}

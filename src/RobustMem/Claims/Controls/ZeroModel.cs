using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>
    /// f ≡ 0 in place of every fitted model (claim R): every quantity (S, ∇f, the parameters) 0 and training error ‖y‖²/n. It is the λ → ∞ end of the ridge
    /// path, and it satisfied the old claim R (memorization lost, S small); a check that accepts it says nothing.
    /// </summary>
    public static Control ZeroModel { get; } = new ZeroModelControl();

    private sealed class ZeroModelControl() : Control(nameof(ZeroModel))
    {
        // f ≡ 0 has no fit of its own: the experiment is kept for its data (the frontier and the spectrum read them).
        public override Observation Measure(Regime fitted, FittedExperiment experiment, Quantity quantity, ILinearAlgebra la) =>
            new(fitted, quantity, 0, 0, true, experiment.Train.Y.DotProduct(experiment.Train.Y) / fitted.N, experiment);
    }
}

using RobustMem.Experiments;

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>NTK gradients without the σ″ term, as in the published code (THEORY.md §1): a broken model.</summary>
    public static Control NoCurvatureTerm { get; } = new NoCurvatureTermControl();

    private sealed class NoCurvatureTermControl() : Control(nameof(NoCurvatureTerm))
    {
        public override FitParts Parts { get; } = new() { CurvatureTerm = false };
    }
}

namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>Wrong variant: S multiplied by 1.25 after the fit (a wrong constant in the seminorm).</summary>
    public static Control SeminormTimes1_25 { get; } = new WrongConstant(nameof(SeminormTimes1_25), 1.25);

    /// <summary>Wrong variant: S multiplied by 0.8 after the fit.</summary>
    public static Control SeminormTimes0_8 { get; } = new WrongConstant(nameof(SeminormTimes0_8), 0.8);

    // Wrong variants (this file and the next ones): bugs a reviewer would inject. Each must be rejected by at least one
    // property of each claim it touches.
    private sealed class WrongConstant(string name, double factor) : Control(name)
    {
        public override double SeminormFactor => factor;
    }
}

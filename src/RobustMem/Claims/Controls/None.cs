namespace RobustMem.Claims;

public abstract partial class Control
{
    /// <summary>The claim's own regime: every part of the run as the claim states it.</summary>
    public static Control None { get; } = new NoControl();

    // Every default of Control is the claim's own run: nothing to override.
    private sealed class NoControl() : Control(nameof(None));
}

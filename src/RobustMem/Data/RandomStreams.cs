namespace RobustMem.Data;

/// <summary>The independent random streams of one experiment, all derived from one seed.</summary>
/// <remarks>
/// THEORY.md §1: data, weights and noise must come from independent streams; drawing W and X from the
/// same stream makes the rows of W copies of the data. Each stream is seeded by SplitMix64 of
/// (seed, stream id), so adding a stream never changes the others.
/// </remarks>
public sealed class RandomStreams
{
    public RandomStreams(int seed) => Seed = seed;

    public int Seed { get; }

    public Rng Weights => For(1);
    public Rng TrainInputs => For(2);
    public Rng Target => For(3);
    public Rng Noise => For(4);
    public Rng TestInputs => For(5);
    public Rng TestNoise => For(6);
    public Rng MonteCarlo => For(7);

    /// <summary>The one fresh point x₀ at which the sensitivity ‖∇f(x₀)‖ is measured (issue 13): its own stream, so it moves no other figure.</summary>
    public Rng SensitivityPoint => For(8);

    /// <summary>A stream for the r-th repeat: repeats are fully independent experiments.</summary>
    public RandomStreams ForRepeat(int repeat) =>
        repeat == 0 ? this : new RandomStreams(unchecked((int)SplitMix.Mix((ulong)(uint)Seed * 0x9E3779B97F4A7C15UL + (ulong)repeat)));

    private Rng For(int stream) => new(SplitMix.Mix(((ulong)(uint)Seed << 8) ^ (ulong)stream));
}

internal static class SplitMix
{
    internal static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

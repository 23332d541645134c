using System.Globalization;

namespace RobustMem.Sweeps;

/// <summary>One slice of a sweep, "i/N": shard <see cref="Index"/> (1-based) of <see cref="Count"/>.</summary>
/// <remarks>
/// Work items are dealt round-robin by their index in the canonical order of <see cref="SweepPlan"/>: item j belongs
/// to shard (j mod N) + 1. The slice is a pure function of (figures, seeds, N), so every machine computes the same
/// one; and because a figure's grid runs from cheap small n to expensive large n, dealing the items in turn gives each
/// shard a similar mix of both, where contiguous blocks would leave the last shard with all the largest n.
/// </remarks>
internal sealed record Shard(int Index, int Count)
{
    /// <summary>The largest N accepted: more shards than that is a typo, not a cluster.</summary>
    public const int MaxCount = 10_000;

    /// <summary>The whole sweep: an unsharded run is shard 1/1, so it goes through the same runner as a sharded one.</summary>
    public static Shard Whole { get; } = new(1, 1);

    /// <summary>How items are assigned to shards, as recorded in a <see cref="ShardManifest"/>.</summary>
    public const string Assignment = "round-robin";

    /// <summary>Reads "i/N" with 1 ≤ i ≤ N; anything else throws <see cref="ArgumentException"/> with one line saying what is wrong.</summary>
    public static Shard Parse(string text)
    {
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length != 2 || !TryInt(parts[0], out int index) || !TryInt(parts[1], out int count))
            throw new ArgumentException($"--shard '{text}' must be i/N with whole numbers 1 ≤ i ≤ N, e.g. 2/4.");
        if (count < 1 || count > MaxCount) throw new ArgumentException($"--shard '{text}': N must be between 1 and {MaxCount}, got {count}.");
        if (index < 1 || index > count) throw new ArgumentException($"--shard '{text}': i must be between 1 and N = {count}, got {index}.");
        return new Shard(index, count);
    }

    /// <summary>True when the item at this canonical index is this shard's work.</summary>
    public bool Owns(int itemIndex) => itemIndex % Count == Index - 1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

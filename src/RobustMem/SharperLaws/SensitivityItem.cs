using System.Globalization;
using RobustMem.Activations;

namespace RobustMem.SharperLaws;

/// <summary>One unit of work of a sensitivity sweep: one fit at (activation, N, width, seed), or the kernel fit when <see cref="K"/> is null.</summary>
internal sealed record SensitivityItem(int Index, SensitivityFigure Figure, Activation Activation, int N, int? K, int Seed)
{
    /// <summary>"figure/activation/N/k/seed", k "inf" for the kernel: what a shard manifest lists.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Figure.Name}/{Activation.Name}/{N}/{Width}/{Seed}");

    /// <summary>k, or "inf" for the kernel interpolator.</summary>
    public string Width => K is { } k ? k.ToString(CultureInfo.InvariantCulture) : SensitivityPoint.InfiniteWidth;

    /// <summary>The regime this item fits.</summary>
    public Experiments.Regime Regime => K is { } k ? Figure.At(Activation, N, k, Seed) : Figure.KernelAt(Activation, N, Seed);
}

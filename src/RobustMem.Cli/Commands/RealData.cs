using RobustMem.Data;
using RobustMem.Data.Files;
using RobustMem.SharperLaws;

namespace RobustMem.Cli.Commands;

/// <summary><c>reproduce --law file:PATH [--classes a,b]</c>: the file behind the <c>-real</c> sensitivity figures, refused anywhere else.</summary>
internal static class RealData
{
    public static FileLaw? Read(string? law, string? classes, string? figure, bool sharded)
    {
        if (law is null)
            return classes is null ? null : throw new ArgumentException("--classes needs --law file:PATH: they are the file's classes.");
        bool real = SensitivityFigures.IsSensitivityFigure(figure) && figure!.EndsWith(SensitivityFigures.RealSuffix, StringComparison.Ordinal);
        if (!real)
            throw new ArgumentException($"--law {law} is for the sharper laws' figures on a file's points: --figure sensitivity-rf{SensitivityFigures.RealSuffix} or sensitivity-ntk{SensitivityFigures.RealSuffix}.");
        // A merge rebuilds the plan from shard.json, which names no file: it could not check that every shard read the same one.
        if (sharded) throw new ArgumentException($"--figure {figure} runs whole: a file's figure cannot be sharded (the shards' manifests do not record the file).");
        return InputLawRegistry.Parse(law, classes is null ? null : ClassPair.Parse(classes)) as FileLaw
            ?? throw new ArgumentException($"--law {law}: the -real figures take a file (file:PATH); the synthetic figures' law is gaussian.");
    }
}

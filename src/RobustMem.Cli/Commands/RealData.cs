using RobustMem.Data;
using RobustMem.Data.Files;
using RobustMem.Figures;
using RobustMem.SharperLaws;

namespace RobustMem.Cli.Commands;

/// <summary>
/// <c>reproduce --law file:PATH --classes a,b [--n …] [--k …]</c>: the file behind the <c>-real</c> sensitivity figures and
/// their grid by hand, refused anywhere else.
/// </summary>
internal static class RealData
{
    /// <summary>The file and the grid of <c>--n</c> and <c>--k</c> (null: the grid derived from the file).</summary>
    public static (FileLaw? File, RealDataGrid? Grid) Read(string? law, string? classes, string? figure, bool sharded, string? ns, string? ks, bool full)
    {
        bool real = SharperLawFigures.IsSensitivityFigure(figure) && figure!.EndsWith(SharperLawFigures.RealSuffix, StringComparison.Ordinal);
        if ((ns is not null || ks is not null) && !real)
            throw new ArgumentException($"--n and --k set the grid of the -real figures (--figure sensitivity-rf{SharperLawFigures.RealSuffix} or sensitivity-ntk{SharperLawFigures.RealSuffix}); the other figures' grids are --full or the default.");
        if (law is null)
            return classes is null ? (null, null) : throw new ArgumentException("--classes needs --law file:PATH: they are the file's classes.");
        if (!real)
            throw new ArgumentException($"--law {law} is for the sharper laws' figures on a file's points: --figure sensitivity-rf{SharperLawFigures.RealSuffix} or sensitivity-ntk{SharperLawFigures.RealSuffix}.");
        // A merge rebuilds the plan from shard.json, which names no file: it could not check that every shard read the same one.
        if (sharded) throw new ArgumentException($"--figure {figure} runs whole: a file's figure cannot be sharded (the shards' manifests do not record the file).");
        // Their real-data labels are two classes ±1; a file's inputs with made-up labels is measure's (--target none), not their figure.
        if (classes is null)
            throw new ArgumentException($"--figure {figure} needs --classes a,b: the sharper laws' real-data labels are two classes, ±1, σ = 0 (for pure-noise labels on a file's inputs: measure --law {law} --target none).");
        if (full && (ns is not null || ks is not null)) throw new ArgumentException("--full is the paper's grid; --n and --k set another: give one or the other.");
        var file = InputLawRegistry.Parse(law, ClassPair.Parse(classes)) as FileLaw
            ?? throw new ArgumentException($"--law {law}: the -real figures take a file (file:PATH); the synthetic figures' law is gaussian.");
        if (ns is null && ks is null) return (file, null);
        int[] n = ns is null ? [.. RealDataGrid.From(file).Ns] : RealDataGrid.ParseList(ns, "--n");
        var derived = RealDataGrid.From(file, n);
        bool rf = figure!.StartsWith(SharperLawFigures.Prefix + "rf", StringComparison.Ordinal);
        int[] k = ks is null ? [.. rf ? derived.RfWidths : derived.NtkWidths] : RealDataGrid.ParseList(ks, "--k");
        return (file, new RealDataGrid(n, k, k));
    }
}

using System.Text;
using RobustMem.Curves;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>The folder one shard writes: <c>&lt;figure&gt;.csv</c> with the shard's rows, exactly as the unsharded CSV has them, and <c>shard.json</c>.</summary>
internal static class ShardFolder
{
    /// <summary>Writes the shard's partial curves and its manifest into <paramref name="directory"/> (which must exist).</summary>
    public static void Write(string directory, ShardManifest manifest, IReadOnlyList<(FigureSpec Figure, IReadOnlyList<Curve> Curves)> results)
    {
        foreach (var (figure, curves) in results)
            File.WriteAllText(CsvPath(directory, figure.Name), CurveCsv.Format(curves), Utf8);
        // Written last: a folder with a manifest is a finished shard, one without it a run that stopped.
        File.WriteAllText(Path.Combine(directory, ShardManifest.FileName), manifest.ToJson() + "\n", Utf8);
    }

    /// <summary>The manifest of a shard folder; a folder without one throws <see cref="ArgumentException"/>.</summary>
    public static ShardManifest ReadManifest(string directory)
    {
        if (!Directory.Exists(directory)) throw new ArgumentException($"shard folder '{directory}' does not exist.");
        string path = Path.Combine(directory, ShardManifest.FileName);
        if (!File.Exists(path))
            throw new ArgumentException($"'{directory}' holds no {ShardManifest.FileName}: not a finished `robustmem reproduce --shard` folder.");
        return ShardManifest.FromJson(File.ReadAllText(path), path);
    }

    public static string CsvPath(string directory, string figure) => Path.Combine(directory, figure + ".csv");

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}

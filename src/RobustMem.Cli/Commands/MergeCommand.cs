using System.CommandLine;
using RobustMem.Cli.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Cli.Commands;

/// <summary><c>robustmem merge --out DIR SHARD_DIR...</c>: joins the folders of <c>reproduce --shard i/N</c> into the files of one unsharded run.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "output directory (created if missing)", DefaultValueFactory = _ => Path.Combine("out", "reproduce") };
        var force = new Option<bool>("--force") { Description = "overwrite a directory that already holds results" };
        var shards = new Argument<string[]>("shard-dirs") { Description = "the folder of every shard of one run (reproduce --shard i/N --out ...)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Join the shard folders of `reproduce --shard i/N` into <figure>.csv/.png/.svg and summary.md, the same files one unsharded run writes.")
        {
            output, force, shards,
        };
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(force), parse.GetValue(shards)!, stderr));
        return command;
    }

    public static int Run(string directory, bool force, IReadOnlyList<string> shardDirs, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(directory)) throw new ArgumentException("--out must name a directory.");
        string target = Path.GetFullPath(directory);
        if (shardDirs.Any(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar) == target.TrimEnd(Path.DirectorySeparatorChar)))
            throw new ArgumentException($"--out '{directory}' is one of the shard folders; write the merged run elsewhere.");
        // Every check on the shards comes before the first file is written, so a refused merge leaves --out as it was.
        var merged = ShardMerge.Join(shardDirs);
        ReproduceCommand.CheckOutput(directory, force);
        Directory.CreateDirectory(directory);
        FigureOutputs.WriteAll(directory, merged.Plan.Scale, merged.Plan.Seeds, merged.Backend, merged.Figures);
        error.WriteLine($"merged {shardDirs.Count} shards ({merged.Plan.Items.Count} points): wrote {FigureOutputs.Written(merged.Figures, counts: false)} and {ReproduceCommand.SummaryFile} to {directory}");
        return 0;
    }
}

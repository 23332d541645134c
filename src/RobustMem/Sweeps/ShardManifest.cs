using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using RobustMem.Figures;

namespace RobustMem.Sweeps;

/// <summary>
/// <c>shard.json</c>, written next to a shard's CSVs: which slice of which sweep the folder holds, so that a merge
/// can tell a complete, consistent set of shards from a partial or mixed one.
/// </summary>
/// <param name="Format">Version of this layout.</param>
/// <param name="Tool">Informational version of the numerics library (version + commit): other code may give other numbers.</param>
/// <param name="Shard">i of i/N.</param>
/// <param name="Of">N of i/N.</param>
/// <param name="Assignment">How items were dealt to shards (<see cref="Sweeps.Shard.Assignment"/>).</param>
/// <param name="Scale">default or full.</param>
/// <param name="Seeds">Seeds per point, 0..Seeds−1.</param>
/// <param name="Figure">The <c>--figure</c> filter, null for every figure.</param>
/// <param name="Figures">The figures swept, in order; each has its <c>&lt;figure&gt;.csv</c> in the folder.</param>
/// <param name="Backend">Linear-algebra backend that computed the points.</param>
/// <param name="GridItems">Number of items of the whole sweep.</param>
/// <param name="GridSha256">SHA-256 of every item id of the whole sweep (<see cref="SweepPlan.Fingerprint"/>).</param>
/// <param name="Items">Ids of this shard's items, in canonical order.</param>
internal sealed record ShardManifest(
    int Format,
    string Tool,
    int Shard,
    int Of,
    string Assignment,
    string Scale,
    int Seeds,
    string? Figure,
    IReadOnlyList<string> Figures,
    string Backend,
    int GridItems,
    string GridSha256,
    IReadOnlyList<string> Items)
{
    public const string FileName = "shard.json";
    public const int CurrentFormat = 1;

    /// <summary>The manifest of <paramref name="shard"/> of <paramref name="plan"/>.</summary>
    public static ShardManifest For(SweepPlan plan, Shard shard, string backend) => new(
        CurrentFormat, ToolVersion, shard.Index, shard.Count, Sweeps.Shard.Assignment, ScaleName(plan.Scale), plan.Seeds, plan.Figure,
        plan.Figures.Select(f => f.Name).ToArray(), backend, plan.Items.Count, plan.Fingerprint(), plan.ItemsOf(shard).Select(i => i.Id).ToArray());

    /// <summary>The informational version of this library, e.g. <c>1.0.0+8ff2d1d…</c>.</summary>
    public static string ToolVersion { get; } =
        typeof(ShardManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string ScaleName(FigureScale scale) => scale.ToString().ToLowerInvariant();

    /// <summary>The sweep this manifest belongs to, rebuilt from its settings.</summary>
    public SweepPlan Plan() => new(ParseScale(Scale), Seeds, Figure);

    /// <summary>The scale a manifest names; anything but <see cref="ScaleName"/>'s spelling throws <see cref="ArgumentException"/>.</summary>
    public static FigureScale ParseScale(string scale) =>
        Enum.TryParse<FigureScale>(scale, ignoreCase: true, out var parsed) && ScaleName(parsed) == scale
            ? parsed
            : throw new ArgumentException($"unknown scale '{scale}'.");

    public string ToJson() => JsonSerializer.Serialize(this, Json.ShardManifest);

    /// <summary>Reads a manifest; malformed text throws <see cref="ArgumentException"/> naming <paramref name="source"/>.</summary>
    public static ShardManifest FromJson(string json, string source)
    {
        ShardManifest? manifest;
        try { manifest = JsonSerializer.Deserialize(json, Json.ShardManifest); }
        catch (JsonException e) { throw new ArgumentException($"{source} is not a shard manifest: {e.Message}"); }
        if (manifest is null || manifest.Tool is null || manifest.Items is null || manifest.Figures is null || manifest.Scale is null)
            throw new ArgumentException($"{source} is not a shard manifest: fields are missing.");
        if (manifest.Format != CurrentFormat)
            throw new ArgumentException($"{source} has manifest format {manifest.Format}; this robustmem reads format {CurrentFormat}.");
        return manifest;
    }

    // Source-generated, so that the command line can be compiled ahead of time (no reflection over this record).
    private static readonly ShardManifestJson Json = new(new JsonSerializerOptions(ShardManifestJson.Default.Options)
    {
        // Keeps "1.0.0+8ff2d1d" readable instead of "1.0.0\u002B8ff2d1d"; the file is never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ShardManifest))]
internal sealed partial class ShardManifestJson : JsonSerializerContext;

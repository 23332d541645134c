using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RobustMem.Claims;

namespace RobustMem.Tests.PublicSurface;

/// <summary>
/// The public surface is the extension API and nothing else (issue 18): at most 40 % of the types in src/ are public,
/// and CONTRIBUTING.md's "The extension API" lists exactly the public types, with the count. A type made public by
/// accident, or made internal while the document still offers it, fails here.
/// </summary>
public class ExtensionApiTests
{
    private static readonly Assembly[] Sources = [typeof(Claim).Assembly, typeof(RobustMem.Cli.Program).Assembly];

    /// <summary>Every type the compiler did not generate, nested ones included: what a reader of src/ sees declared.</summary>
    private static IReadOnlyList<Type> Declared { get; } = Sources.SelectMany(a => a.GetTypes())
        .Where(t => !t.Name.Contains('<') && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null
                    && t.Namespace is not null && t.Namespace.StartsWith("RobustMem", StringComparison.Ordinal))
        .ToList();

    private static IReadOnlyList<Type> Public => Declared.Where(t => t.IsVisible).ToList();

    private static string Section => Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "CONTRIBUTING.md")),
        @"## The extension API\n(?<body>.*?)(?=\n## |\z)", RegexOptions.Singleline) is { Success: true } m
        ? m.Groups["body"].Value
        : throw new InvalidOperationException("CONTRIBUTING.md has no '## The extension API' section");

    private static string NameOf(Type t) =>
        (t.DeclaringType is { } outer ? NameOf(outer) + "." : "") + Regex.Replace(t.Name, "`\\d+$", "<T>");

    [Fact]
    public void AtMostFortyPercentOfTheTypes_ArePublic()
    {
        Assert.True(Declared.Count > 150, $"only {Declared.Count} types found: the scan missed an assembly");
        double share = (double)Public.Count / Declared.Count;
        Assert.True(share <= 0.40, $"{Public.Count} of {Declared.Count} types are public ({share:P1}); the limit is 40 %");
    }

    [Fact]
    public void Contributing_StatesTheCount()
    {
        string expected = $"{Public.Count} of the {Declared.Count} types in `src/` are public";
        Assert.True(Section.Contains(expected, StringComparison.Ordinal), $"CONTRIBUTING.md's extension API should say \"{expected}\"");
    }

    [Fact]
    public void Contributing_ListsExactlyThePublicTypes()
    {
        // Lines "- `RobustMem.Claims`: `Claim`, `ClaimBound`, …": a namespace, then its public types.
        var listed = Regex.Matches(Section, @"^- `(?<ns>RobustMem[\w.]*)`: (?<types>.+)$", RegexOptions.Multiline)
            .SelectMany(m => Regex.Matches(m.Groups["types"].Value, "`([^`]+)`").Select(t => m.Groups["ns"].Value + "." + t.Groups[1].Value))
            .ToHashSet();
        var actual = Public.Select(t => t.Namespace + "." + NameOf(t)).ToHashSet();
        var missing = actual.Except(listed).Order().ToList();
        var extra = listed.Except(actual).Order().ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"public but not listed: {string.Join(", ", missing)}\nlisted but not public: {string.Join(", ", extra)}\n" +
            "the list as it should read:\n" + string.Join("\n", Public.GroupBy(t => t.Namespace!).OrderBy(g => g.Key)
                .Select(g => $"- `{g.Key}`: {string.Join(", ", g.Select(NameOf).Order(StringComparer.Ordinal).Select(n => $"`{n}`"))}")));
    }
}

namespace RobustMem.Docs;

/// <summary>
/// The documents of the checkout and what is wrong with them: a block whose content is not what its source gives, a
/// missing or unreadable source, a run's number outside a generated block. <see cref="Render"/> rewrites the blocks.
/// </summary>
internal static class DocumentSet
{
    /// <summary>The documents, as paths from the root: the top-level guides and every .md under docs/ (not its data).</summary>
    public static IEnumerable<string> Documents(string root)
    {
        foreach (string top in new[] { "README.md", "CONTRIBUTING.md", "CHANGELOG.md", "properties/README.md", "snapshots/README.md" })
            if (File.Exists(Path.Combine(root, top))) yield return top;
        string docs = Path.Combine(root, "docs");
        if (!Directory.Exists(docs)) yield break;
        foreach (string file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!relative.StartsWith("docs/results/data/", StringComparison.Ordinal)) yield return relative;
        }
    }

    /// <summary>The problems of one document's text, each a line "path:line: what".</summary>
    public static IEnumerable<string> Problems(string root, string document, string text)
    {
        IReadOnlyList<GeneratedBlock> blocks;
        try { blocks = GeneratedBlock.Parse(text, document); }
        catch (FormatException e) { return [e.Message]; }
        var problems = new List<string>();
        foreach (var block in blocks)
        {
            try
            {
                string expected = BlockRenderer.Render(block, root, document);
                if (text.Substring(block.ContentStart, block.ContentLength) != expected)
                    problems.Add($"{document}:{block.Line}: block '{block.Name}' differs from what {block.Source} gives; run `dotnet run --project tools/docs`");
            }
            catch (Exception e) when (e is FileNotFoundException or FormatException or System.Text.Json.JsonException)
            {
                problems.Add($"{document}:{block.Line}: block '{block.Name}': {e.Message}");
            }
        }
        foreach (var (line, kind, match) in RunNumbers.Outside(text, blocks))
            problems.Add($"{document}:{line}: {kind} outside a generated block: \"{match}\" (put it in a data file under docs/results/data/ and a block, or mark the line <!-- not-a-run: why -->)");
        return problems;
    }

    /// <summary><paramref name="text"/> with every block's content replaced by what its source gives.</summary>
    public static string Render(string root, string document, string text)
    {
        foreach (var block in GeneratedBlock.Parse(text, document).Reverse())
            text = string.Concat(text.AsSpan(0, block.ContentStart), BlockRenderer.Render(block, root, document),
                text.AsSpan(block.ContentStart + block.ContentLength));
        return text;
    }
}
